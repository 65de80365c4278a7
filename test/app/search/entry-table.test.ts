import { describe, expect, it } from 'vitest';

import { entriesOfTable, entryTable } from '../../../app/search/entry-table';
import type { LetterEntry } from '../../../app/search/letter-entry';

const full: LetterEntry = {
  file: 'd000/brief één.txt',
  format: 'word',
  hash: 'c332cac19bbe7a8d2a56fe899b2309598dc0174a252a011bf67d53c65fad6a68',
  title: 'Stand van zaken Oekraïne',
  date: '2025-05-12',
  kind: 'Kamerbrief',
  ministry: 'Buitenlandse Zaken',
  signatories: [
    { name: 'D.M. van Weel', function: 'minister van Buitenlandse Zaken' },
    { name: 'Ruben Brekelmans', function: '' },
  ],
  references: ['BZ2025-123', '36 045, nr. 251'],
  keys: ['kst-36045-251'],
  blockCount: 17,
  footnoteCount: 4,
  cites: ['kst-36045-191', 'kst-21501-02-3047', 'kst-36045-191'],
};
const bare: LetterEntry = {
  file: 'b.txt',
  format: 'pdf',
  hash: 'ab',
  title: null,
  date: null,
  kind: null,
  ministry: null,
  signatories: [],
  references: [],
  keys: [],
  blockCount: 0,
  footnoteCount: 0,
  cites: [],
};

describe('entry table', () => {
  it('gives back every field of every entry, repeated strings stored once', () => {
    const entries = [full, bare, { ...full, file: 'c.txt', title: '' }];
    const table = entryTable(entries);
    expect(table.strings.filter((s) => s === 'kst-36045-191')).toHaveLength(1);
    expect(table.strings.filter((s) => s === 'Kamerbrief')).toHaveLength(1);
    const back = entriesOfTable(JSON.parse(JSON.stringify(table.strings)), table.numbers);
    expect(back).toEqual(entries);
    expect(back[2]!.title).toBe('');
    expect(back[1]!.title).toBeNull();
    expect(Object.keys(back[0]!)).toEqual(Object.keys(full));
    expect(entriesOfTable([], new Uint32Array(0))).toEqual([]);
  });

  it('refuses a table that is damaged', () => {
    const { strings, numbers } = entryTable([full, bare]);
    expect(() => entriesOfTable({}, numbers)).toThrow('indexbestand is afgebroken');
    expect(() => entriesOfTable([...strings.slice(0, -1), 3], numbers)).toThrow('indexbestand is afgebroken');
    // Cut inside the second entry.
    expect(() => entriesOfTable(strings, numbers.subarray(0, numbers.length - 2))).toThrow('indexbestand is afgebroken');
    // A string index past the table.
    const wrong = numbers.slice();
    wrong[0] = strings.length;
    expect(() => entriesOfTable(strings, wrong)).toThrow('indexbestand is afgebroken');
    // A list length past the end.
    const long = numbers.slice();
    long[7] = 1_000_000_000;
    expect(() => entriesOfTable(strings, long)).toThrow('indexbestand is afgebroken');
  });
});
