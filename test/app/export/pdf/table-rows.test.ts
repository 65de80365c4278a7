import { describe, expect, it } from 'vitest';

import type { TableGrid } from '../../../../app/briefing/table-grid';
import { NoteCounter } from '../../../../app/export/pdf/footnotes';
import type { Measure } from '../../../../app/export/pdf/measure';
import { tableLines, tablePara } from '../../../../app/export/pdf/table';

/** Every character as wide as the font size: line breaks are easy to count. */
const measure: Measure = (text, _font, size) => text.length * size;
const cell = (text: string) => [[{ type: 'text' as const, text }]];
const lay = (grid: TableGrid) =>
  tableLines(tablePara(grid, 't', [], new NoteCounter([], []), { x: 72, width: 300, style: 'body' }), measure);

describe('PDF table rows: merged cells and rows taller than a page', () => {
  it('a merged cell spans its columns; the rules inside a merged area are left out; the header row repeats', () => {
    const grid: TableGrid = {
      header: true,
      columns: 3,
      rows: [
        [cell('Jaar'), cell('Soort'), cell('Bedrag')],
        [cell('2025'), cell('Militair'), cell('3,5')],
        [cell(''), cell('Civiel'), cell('0,4')],
        [cell('Totaal'), cell('7,8')],
      ],
      spans: [
        [{}, {}, {}],
        [{ rowSpan: 2 }, {}, {}],
        [{ covered: true }, {}, {}],
        [{ colSpan: 2 }, {}],
      ],
    };
    const lines = lay(grid);
    expect(lines).toHaveLength(4);
    expect(lines.map((line) => line.row!.columns.map(({ x, width }) => [x, width]))).toEqual([
      [
        [72, 100],
        [172, 100],
        [272, 100],
      ],
      [
        [72, 100],
        [172, 100],
        [272, 100],
      ],
      [
        [72, 100],
        [172, 100],
        [272, 100],
      ],
      [
        [72, 200],
        [272, 100],
      ],
    ]);
    expect(lines[1]!.row!.columns[0]).toMatchObject({ openBottom: true });
    expect(lines[2]!.row!.columns[0]).toMatchObject({ openTop: true });
    expect(lines[2]!.row!.columns[0]!.openBottom).toBeUndefined();
    expect(lines[1]!.row!.columns[1]!.openBottom).toBeUndefined();
    expect(lines.slice(1).every((line) => line.repeatHeader?.[0] === lines[0])).toBe(true);
    expect(lines[0]!.row!.header).toBe(true);
  });

  it('a row taller than a page is cut into parts of at most a page, every cell line once, in order', () => {
    const long = Array.from({ length: 400 }, (_, i) => `w${i}`).join(' ');
    const grid: TableGrid = {
      header: true,
      columns: 2,
      rows: [
        [cell('Kop'), cell('Toelichting')],
        [cell('Lang'), cell(long)],
      ],
    };
    const lines = lay(grid);
    const parts = lines.slice(1);
    expect(parts.length).toBeGreaterThanOrEqual(2);
    const header = lines[0]!.height;
    for (const part of parts) expect(part.height).toBeLessThanOrEqual(841.89 - 72 - 72 - header);
    const words = parts.flatMap((part) => part.row!.cells[1]!.flatMap(({ line }) => line.fragments.map((f) => f.text))).join(' ');
    expect(words.split(/\s+/).filter(Boolean)).toEqual(long.split(' '));
    expect(parts[0]!.row!.cells[0]!.map(({ line }) => line.fragments.map((f) => f.text).join(''))).toEqual(['Lang']);
    expect(parts.slice(1).every((part) => part.row!.cells[0]!.length === 0)).toBe(true);
    expect(parts.map((part) => [!!part.row!.columns[1]!.openTop, !!part.row!.columns[1]!.openBottom])).toEqual(
      parts.map((_, k) => [k > 0, k < parts.length - 1]),
    );
    expect(parts.every((part) => part.repeatHeader?.[0] === lines[0])).toBe(true);
    expect([parts[0]!.first, parts.at(-1)!.last]).toEqual([false, true]);
  });
});
