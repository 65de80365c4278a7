import { describe, expect, it } from 'vitest';

import { readLayoutColumns } from '../../../../app/corpus/pdf-text/layout-columns';

const pad = (left: string, right: string, at = 46) => `${left.padEnd(at)}${right}`;

describe('pdftotext -layout: columns side by side read column by column', () => {
  it('reads the left column, then the right, keeping what stands above and below', () => {
    const lines = [
      'Een titel over de hele breedte van de pagina, die de goot kruist en dus erboven staat',
      '',
      pad('De linkerkolom begint hier en loopt door', 'De rechterkolom staat ernaast en loopt'),
      pad('tot de onderkant van de kolom.', 'ook door tot de onderkant.'),
      'en eindigt met een regel.',
      '',
      '',
      '1 Kamerstuk 36 045, nr. 1.',
    ];
    expect(readLayoutColumns(lines)).toEqual([
      lines[0],
      '',
      'De linkerkolom begint hier en loopt door',
      'tot de onderkant van de kolom.',
      'en eindigt met een regel.',
      'De rechterkolom staat ernaast en loopt',
      'ook door tot de onderkant.',
      '',
      '',
      '1 Kamerstuk 36 045, nr. 1.',
    ]);
  });

  it('leaves alone: one side-by-side line (a signature pair), short labels with values, justified double spaces', () => {
    const signature = [
      pad('De minister van Buitenlandse Zaken,', 'De minister voor Buitenlandse Handel'),
      pad('D.M. van Weel', 'R.J. Klever'),
    ];
    expect(readLayoutColumns(signature)).toBe(signature);
    const labels = [pad('Datum', '6 januari 2026', 20), pad('Betreft', 'Steun aan Oekraïne in het komende jaar', 20)];
    expect(readLayoutColumns(labels)).toBe(labels);
    const justified = [
      'Dit is een  uitgevulde regel met  hier en daar twee spaties',
      'en nog een  regel van dezelfde soort, ook  met twee spaties',
    ];
    expect(readLayoutColumns(justified)).toBe(justified);
  });
});
