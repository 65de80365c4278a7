import { describe, expect, it } from 'vitest';

import { analysePdfLayout, type PdfTextItem } from '../../../../app/corpus/pdf-layout';

const FULL = 'Dit is een regel tekst die tot aan de rechterrand van de kolom doorloopt en daar verder gaat';

/** One A4 page: a line `label` (bold or larger when asked) above eight full body lines and a short last one. */
const page = (label: string, style: { bold?: boolean; size?: number }) => {
  const items: PdfTextItem[] = [{ str: label, x: 72, y: 760, width: 120, size: style.size ?? 11, font: 'f2', bold: style.bold ?? false }];
  for (let i = 0; i < 8; i++) items.push({ str: FULL, x: 72, y: 730 - i * 14, width: 450, size: 11, font: 'f1', bold: false });
  items.push({ str: 'en eindigt hier.', x: 72, y: 730 - 8 * 14, width: 80, size: 11, font: 'f1', bold: false });
  return [{ page: 1, width: 595, height: 842, items }];
};

describe('native PDF: headings by size and weight', () => {
  it.each([
    ['1. Inleiding', { bold: true }],
    ['Steun aan Oekraïne: de stand van zaken.', { bold: true }],
    ['Samenvatting', { size: 14 }],
  ])('%s set %o is a heading', (label, style) => {
    const { paragraphs } = analysePdfLayout(page(label, style));
    expect(paragraphs[0]).toMatchObject({ text: label, kind: 'heading' });
    expect(paragraphs[1]!.kind).toBeUndefined();
  });

  it('the same line in the body font is left to the text rules; Vraag/Antwoord labels and comma lines are never stated', () => {
    expect(analysePdfLayout(page('1. Inleiding', {})).paragraphs[0]!.kind).toBeUndefined();
    expect(analysePdfLayout(page('Vraag 3', { bold: true })).paragraphs[0]!.kind).toBeUndefined();
    expect(analysePdfLayout(page('Geachte voorzitter,', { bold: true })).paragraphs[0]!.kind).toBeUndefined();
  });
});
