import { describe, expect, it } from 'vitest';

import { analysePdfLayout, type PdfTextItem } from '../../../../app/corpus/pdf-layout';

const FULL = 'Dit is een regel tekst die tot aan de rechterrand van de kolom doorloopt en daar verder gaat';
const at = (str: string, x: number, y: number): PdfTextItem => ({ str, x, y, width: str.length * 5.5, size: 11, font: 'f1', bold: false });

/** One A4 page: `before` rows, eight full body lines with a short last one, `rows` (cells at x), and a closing line. */
const page = (rows: [string, number][][], before: string[] = []) => {
  const items: PdfTextItem[] = [];
  let y = 780;
  for (const line of before) items.push(at(line, 72, (y -= 14)));
  for (let i = 0; i < 8; i++) items.push({ ...at(FULL, 72, (y -= 14)), width: 450 });
  items.push(at('en eindigt hier.', 72, (y -= 14)));
  y -= 10;
  for (const row of rows) {
    y -= 14;
    for (const [str, x] of row) items.push(at(str, x, y));
  }
  items.push(at('Met vriendelijke groet.', 72, y - 24));
  return [{ page: 1, width: 595, height: 842, items }];
};

describe('native PDF: tables by aligned x positions', () => {
  it('rows whose cells stand in the same columns (left edges, or right edges for numbers) are one table block', () => {
    const { paragraphs } = analysePdfLayout(
      page([
        [
          ['Land', 72],
          ['Bedrag', 250],
          ['Jaar', 360],
        ],
        [
          ['Nederland', 72],
          ['350', 272],
          ['2025', 360],
        ],
        [
          ['Duitsland', 72],
          ['1.200', 261],
          ['2026', 360],
        ],
      ]),
    );
    const table = paragraphs.find((p) => p.kind === 'table')!;
    expect(table.text).toBe('Land\tBedrag\tJaar\nNederland\t350\t2025\nDuitsland\t1.200\t2026');
    expect(table.cells!.map((row) => row.map((r) => table.text.slice(r.start, r.end)))).toEqual([
      ['Land', 'Bedrag', 'Jaar'],
      ['Nederland', '350', '2025'],
      ['Duitsland', '1.200', '2026'],
    ]);
  });

  it('not a table: one row, a numbered list with a wide gap after its labels, rows before the salutation', () => {
    const one = analysePdfLayout(
      page([
        [
          ['Land', 72],
          ['Bedrag', 250],
        ],
      ]),
    ).paragraphs;
    expect(one.some((p) => p.kind === 'table')).toBe(false);
    const list = analysePdfLayout(
      page([
        [
          ['1.', 72],
          ['De eerste aanbeveling.', 110],
        ],
        [
          ['2.', 72],
          ['De tweede aanbeveling.', 110],
        ],
      ]),
    ).paragraphs;
    expect(list.some((p) => p.kind === 'table')).toBe(false);
    const before = page([], ['Geachte voorzitter,']);
    before[0]!.items.unshift(
      at('Datum', 72, 820),
      at('6 januari 2026', 200, 820),
      at('Betreft', 72, 806),
      at('Steun aan Oekraïne', 200, 806),
    );
    expect(analysePdfLayout(before).paragraphs.some((p) => p.kind === 'table')).toBe(false);
  });
});
