import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';

import { describeSelection } from '../../../renderer/reader/selection-status';
import { summariseSelection } from '../../../renderer/reader/selection-summary';
import { translators } from '../i18n/translators';

// A quoted table as the reader holds it: cells joined by tabs, rows by newlines, `cells` the ranges.
const rows = [
  ['Maatregel', 'Bedrag'],
  ['Munitie', '€ 1,2 mld.'],
  ['Luchtverdediging van de steden', '€ 0,8 mld.'],
];
const text = rows.map((row) => row.join('\t')).join('\n');
const cells = (() => {
  let at = 0;
  return rows.map((row) =>
    row.map((cell) => {
      const range = { start: at, end: at + cell.length };
      at += cell.length + 1;
      return range;
    }),
  );
})();
const blocks = [
  { id: 'b0', kind: 'salutation' as const, text: 'Geachte voorzitter,' },
  { id: 'b1', kind: 'paragraph' as const, text: 'Eerste alinea.' },
  { id: 'b2', kind: 'table' as const, text, cells },
];
const range = (start: number, end: number) => ({
  file: 'x.docx',
  start: { block: 'b2', offset: start },
  end: { block: 'b2', offset: end },
});

let nl: TFunction;
let en: TFunction;
beforeAll(async () => {
  ({ nl, en } = await translators());
});

describe('a selection in a quoted table describes the table (fresh-eyes test, 3)', () => {
  it('the whole table: "Tabel uit alinea 2", whole, its rows — never "Eén zin"', () => {
    const summary = summariseSelection(blocks, range(0, text.length))!;
    expect(summary).toEqual({ unit: 'table', whole: true, rows: 3, total: 3, count: 13, paragraph: 2 });
    expect(describeSelection(summary, nl)).toBe('Tabel uit alinea 2 geselecteerd: hele tabel, 3 rijen');
    expect(describeSelection(summary, en)).toBe('Table from paragraph 2 selected: whole table, 3 rows');
  });

  it('part of it: the rows touched, or the words within one row', () => {
    const second = text.indexOf('Munitie');
    const twoRows = summariseSelection(blocks, range(second, text.indexOf('steden')))!;
    expect(twoRows).toMatchObject({ unit: 'table', whole: false, rows: 2, total: 3 });
    expect(describeSelection(twoRows, nl)).toBe('Twee rijen uit de tabel in alinea 2 geselecteerd');
    expect(describeSelection(twoRows, en)).toBe('Two rows from the table in paragraph 2 selected');
    const words = summariseSelection(blocks, range(text.indexOf('Luchtverdediging'), text.indexOf(' de steden')))!;
    expect(words).toMatchObject({ unit: 'table', whole: false, rows: 1, count: 2 });
    expect(describeSelection(words, nl)).toBe('Twee woorden uit de tabel in alinea 2 geselecteerd');
    expect(describeSelection(words, en)).toBe('Two words from the table in paragraph 2 selected');
  });
});
