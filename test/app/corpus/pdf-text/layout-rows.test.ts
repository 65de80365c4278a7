import { describe, expect, it } from 'vitest';

import { parseLetter } from '../../../../app/corpus';
import { tableRows } from '../../../../app/corpus/pdf-text/layout-rows';
import { extraction, typeset } from './fixtures';

/** Tables in `pdftotext -layout` text (layout-rows.ts): rows stay lines of text, never headings. */
describe('PDF-extracted text: table rows in -layout text', () => {
  it('tables (layout): every row of both tables a paragraph of its own, none a heading, the note in a cell anchored', () => {
    const letter = parseLetter({ file: 'tables.txt', text: extraction('tables', 'layout'), hash: 'h' });
    const rows = typeset('tables')
      .paragraphs.flatMap((p) => p.table ?? [])
      .map((row) => row.join(' ').replace(/\[\d+\]/g, ''));
    expect(rows).toHaveLength(7);
    for (const row of rows) expect(letter.blocks.find((b) => b.text === row)?.kind, row).toBe('paragraph');
    expect(letter.blocks.filter((b) => b.kind === 'heading')).toEqual([]);
    const nl = letter.blocks.find((b) => b.text === 'Nederland 350 2025')!;
    expect(nl.notes).toEqual([{ footnote: 'fn2', offset: 'Nederland'.length }]);
  });

  it('finds rows by their aligned columns: right-aligned numbers, a narrow gap beside a wide one', () => {
    const lines = [
      'Zie de tabel hieronder.',
      'Regio            Aantal     Jaar',
      'Noord               120     2025',
      'Zuid-Oost         1.045     2026',
      '',
      'Programma                Start',
      'Energie-infrastructuur   maart 2026',
      'Ontmijning               juni 2026',
    ];
    expect([...tableRows(lines)]).toEqual([1, 2, 3, 5, 6, 7]);
  });

  it('takes no table for signatures side by side, justified prose, a lone line with a gap or a right-aligned page number', () => {
    const lines = [
      'De minister van Buitenlandse Zaken,          De minister van Defensie,',
      'C.C.J. Veldkamp                              R.P. Brekelmans',
      '',
      'Het kabinet heeft  besloten om de  steun aan Oekraïne voort te zetten en  daarbij',
      'nauw samen te werken  met de partners in de coalitie  die daarvoor is opgericht.',
      '',
      'Datum    14 april 2026',
      '',
      '                                                                  Pagina 1',
    ];
    expect([...tableRows(lines)]).toEqual([]);
  });
});
