import { describe, expect, it } from 'vitest';

import { ShardBuilder, type ShardData } from '../../../app/search/index-shard';
import { letterOf } from './shard-fixtures';

const postings = (s: ShardData, term: string): Array<[doc: number, tf: number]> => {
  const t = s.terms.indexOf(term);
  if (t < 0) return [];
  const out: Array<[number, number]> = [];
  for (let p = s.termStart[t]!; p < s.termStart[t + 1]!; p++) out.push([s.postDoc[p]!, s.postTf[p]!]);
  return out;
};
const textOf = (s: ShardData, doc: number): string => new TextDecoder().decode(s.text.subarray(s.textStart[doc], s.textStart[doc + 1]));

describe('ShardBuilder', () => {
  const a = letterOf('a.txt', ['Vrede in Oekraïne, vrede!', '   ', 'Steun aan OEKRAINE.'], ['Kamerstuk 36 045, nr. 264.']);
  const b = letterOf('sub/b.txt', ['De wederopbouw van Oekraïne.']);
  const builder = new ShardBuilder();
  builder.add(a);
  builder.add(b);
  const shard = builder.build();

  it('indexes non-blank blocks and footnotes as documents of their letter', () => {
    expect(shard.files).toEqual(['a.txt', 'sub/b.txt']);
    expect(shard.hashes).toEqual(['h-a.txt', 'h-sub/b.txt']);
    expect([...shard.docLetter]).toEqual([0, 0, 0, 1]);
    // The blank block b1 has no document; the footnote points at b1, the block referencing it.
    expect([...shard.docBlock]).toEqual([0, 2, 1, 0]);
    expect(shard.docNote).toEqual(['', '', 'fn1', '']);
    expect([0, 1, 2, 3].map((d) => textOf(shard, d))).toEqual([
      'Vrede in Oekraïne, vrede!',
      'Steun aan OEKRAINE.',
      'Kamerstuk 36 045, nr. 264.',
      'De wederopbouw van Oekraïne.',
    ]);
    expect([...shard.docLen]).toEqual([4, 3, 5, 4]);
  });

  it('keeps sorted, folded terms with per-document frequencies', () => {
    expect(shard.terms).toEqual([...shard.terms].sort());
    expect(postings(shard, 'oekraine')).toEqual([
      [0, 1],
      [1, 1],
      [3, 1],
    ]);
    expect(postings(shard, 'vrede')).toEqual([[0, 2]]);
    expect(postings(shard, '264')).toEqual([[2, 1]]);
    expect(postings(shard, 'Oekraïne')).toEqual([]);
    expect(shard.termStart[shard.terms.length]).toBe(shard.postDoc.length);
  });
});
