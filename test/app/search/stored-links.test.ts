import { describe, expect, it } from 'vitest';

import type { Letter } from '../../../app/corpus/types';
import { type LetterEntry, skeletonOf } from '../../../app/search/letter-entry';
import { linkDiff, linkedOf } from '../../../app/search/stored-links';

const entry: LetterEntry = {
  file: 'a/brief.txt',
  format: 'word',
  hash: 'abc',
  title: 'Kamerbrief over steun',
  date: null,
  kind: 'Kamerbrief',
  ministry: null,
  signatories: [{ name: 'D.M. van Weel', function: '' }],
  references: [],
  keys: ['36045-264'],
  blockCount: 3,
  footnoteCount: 1,
  cites: ['21501-20-2000', '36045-1'],
};

const linked = (): Letter => {
  const l = skeletonOf(entry);
  return {
    ...l,
    date: '2025-03-01',
    signatories: [{ name: 'Ruben Brekelmans', function: 'minister van Defensie' }],
    keys: ['36045-264', 'bz-2025-1'],
    citations: l.citations.map((c, i) => ({ ...c, target: i === 1 ? 'b/andere.txt' : null })),
    citedBy: ['c/derde.txt'],
  };
};

describe('stored links (issue 22)', () => {
  it('keeps only what the sidecar and linking changed, and gives the linked letter back', () => {
    const diff = linkDiff(entry, linked());
    expect(diff).toEqual({
      meta: {
        date: '2025-03-01',
        signatories: [{ name: 'Ruben Brekelmans', function: 'minister van Defensie' }],
        keys: ['36045-264', 'bz-2025-1'],
      },
      targets: [null, 'b/andere.txt'],
      citedBy: ['c/derde.txt'],
    });
    expect(linkedOf(entry, JSON.parse(JSON.stringify(diff)))).toEqual(linked());
    // A letter neither the sidecar nor linking touched is stored as {}.
    expect(linkDiff(entry, skeletonOf(entry))).toEqual({});
    expect(linkedOf(entry, {})).toEqual(skeletonOf(entry));
  });

  it('never trusts a diff that linkDiff cannot have written', () => {
    for (const bad of [
      null,
      [],
      'x',
      { other: 1 },
      { meta: { hash: 'x' } },
      { meta: { date: 7 } },
      { meta: { signatories: [{ name: 'X' }] } },
      { meta: { keys: [null] } },
      { targets: ['b/andere.txt'] },
      { targets: [1, null] },
      { citedBy: 'c/derde.txt' },
      { citedBy: [3] },
    ]) {
      expect(() => linkedOf(entry, bad), JSON.stringify(bad)).toThrow();
    }
  });
});
