import { describe, expect, it } from 'vitest';

import type { Letter } from '../../../app/corpus/types';
import { type LetterEntry, skeletonOf } from '../../../app/search/letter-entry';
import { linkedOfTable, linkTable } from '../../../app/search/link-table';
import { linkDiff } from '../../../app/search/stored-links';

const entry = (file: string, cites: string[]): LetterEntry => ({
  file,
  format: 'word',
  hash: `h-${file}`,
  title: 'Kamerbrief over steun',
  date: '2024-01-02',
  kind: 'Kamerbrief',
  ministry: null,
  signatories: [{ name: 'D.M. van Weel', function: '' }],
  references: [],
  keys: ['36045-264'],
  blockCount: 3,
  footnoteCount: 1,
  cites,
});
const entries = [entry('a.txt', ['k1', 'k2']), entry('b.txt', []), entry('c.txt', ['k3'])];
const number = new Map(entries.map((e, i) => [e.file, i]));

/** Linked letters as linking and a sidecar make them: every metadata field changed somewhere, a target outside the entries. */
const linked = (): Letter[] => {
  const [a, b, c] = entries.map(skeletonOf) as [Letter, Letter, Letter];
  return [
    {
      ...a,
      title: null,
      date: null,
      kind: 'Verslag',
      ministry: 'Defensie',
      signatories: [{ name: 'Ruben Brekelmans', function: 'minister van Defensie' }],
      references: ['ref 1'],
      keys: ['36045-264', 'bz-1'],
      citations: a.citations.map((x, i) => ({ ...x, target: i === 0 ? 'c.txt' : 'elders/d.txt' })),
    },
    b,
    { ...c, citedBy: ['a.txt', 'elders/d.txt'] },
  ];
};

describe('link table (links file v3, issue 22)', () => {
  it('gives each linked letter back from its numbers and strings', () => {
    const letters = linked();
    const { strings, numbers } = linkTable(
      entries.map((e, i) => linkDiff(e, letters[i]!)),
      number,
    );
    // Letters of the entries by number: their files are not among the strings; others are.
    expect(strings).not.toContain('c.txt');
    expect(strings).toContain('elders/d.txt');
    expect(linkedOfTable(JSON.parse(JSON.stringify(strings)), numbers, entries, 0, 3)).toEqual(letters);
    // A chunk further on: its letters are entries[from…].
    const tail = linkTable([linkDiff(entries[2]!, letters[2]!)], number);
    expect(linkedOfTable(tail.strings, tail.numbers, entries, 2, 1)).toEqual([letters[2]]);
  });

  it('never trusts a table linkTable cannot have written for these entries', () => {
    const letters = linked();
    const { strings, numbers } = linkTable(
      entries.map((e, i) => linkDiff(e, letters[i]!)),
      number,
    );
    const bad = (change: (n: Uint32Array) => void, s: unknown = strings): (() => Letter[]) => {
      const copy = numbers.slice();
      change(copy);
      return () => linkedOfTable(s, copy, entries, 0, 3);
    };
    expect(bad(() => undefined)).not.toThrow();
    expect(bad((n) => (n[0] = 1 << 9))).toThrow(); // an unknown part
    expect(bad((n) => (n[n.length - 1] = 2 * 7 + 1))).toThrow(); // letter 7: no entry
    expect(bad((n) => (n[n.length - 1] = 0))).toThrow(); // a citer that is no letter
    expect(bad(() => undefined, [1, 2])).toThrow(); // strings that are not strings
    expect(() => linkedOfTable(strings, numbers.subarray(0, numbers.length - 1), entries, 0, 3)).toThrow();
    expect(() => linkedOfTable(strings, Uint32Array.from([...numbers, 0]), entries, 0, 3)).toThrow();
    expect(() => linkedOfTable(strings, numbers, entries, 1, 3)).toThrow(); // not these entries: b has no citations
  });
});
