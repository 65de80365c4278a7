import { describe, expect, it } from 'vitest';

import type { Letter } from '../../../app/corpus/types';
import { ShardBuilder } from '../../../app/search/index-shard';
import { queryExtensions, termExtensions } from '../../../app/search/term-extensions';
import { letterOf } from './shard-fixtures';

const shardOf = (...letters: Letter[]) => {
  const b = new ShardBuilder();
  letters.forEach((l) => b.add(l));
  return b.build();
};

const shards = [
  shardOf(
    letterOf('a.txt', ['Steun aan Oekraïne en de Oekraïense bevolking.', 'Oekraïne vraagt om luchtverdediging.']),
    letterOf('b.txt', ['De steun voor Oekraïne blijft.', 'Ook Oeganda kwam ter sprake.']),
  ),
  shardOf(letterOf('c.txt', ['Oekraïne, Oekraïne en nog eens Oekraïne.', 'Stevige steun; 36 045 nr. 264.'])),
];

/** The oracle: every term of every shard, the character after `prefix` weighed by the term's postings. */
const scan = (prefix: string): Map<string, number> => {
  const weight = new Map<string, number>();
  for (const { terms, termStart } of shards) {
    terms.forEach((term, t) => {
      if (term.length > prefix.length && term.startsWith(prefix)) {
        const c = term[prefix.length]!;
        weight.set(c, (weight.get(c) ?? 0) + termStart[t + 1]! - termStart[t]!);
      }
    });
  }
  return weight;
};

describe('termExtensions', () => {
  it('gives the characters continuing a prefix in any shard, most postings first, as a pass over every term does', () => {
    for (const prefix of ['', 'o', 'oe', 'oek', 'oekrai', 'oekraine', 's', 'ste', '3', 'x']) {
      const weight = scan(prefix);
      const expected = [...weight].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([c]) => c);
      expect(termExtensions(shards, prefix, 100), prefix).toEqual(expected);
    }
  });

  it('orders by use: oekrain → e (oekraine, oekraiense) and oe → k before g (oeganda is rarer)', () => {
    expect(termExtensions(shards, 'oekrain', 10)).toEqual(['e']);
    expect(termExtensions(shards, 'oe', 10)).toEqual(['k', 'g']);
    expect(termExtensions(shards, 'oekraine', 10)).toEqual([]);
    expect(termExtensions(shards, 'ste', 10)).toEqual(['u', 'v']);
  });

  it('gives at most max characters, the most used', () => {
    const all = termExtensions(shards, '', 100);
    expect(all.length).toBeGreaterThan(5);
    expect(termExtensions(shards, '', 3)).toEqual(all.slice(0, 3));
  });
});

describe('queryExtensions', () => {
  it("continues the query's last word as the index normalises it, or any word after a space", () => {
    expect(queryExtensions(shards, 'steun OEKRAÏN', 10)).toEqual(['e']);
    expect(queryExtensions(shards, 'Oe', 10)).toEqual(['k', 'g']);
    expect(queryExtensions(shards, 'steun ', 10)).toEqual(termExtensions(shards, '', 10));
    expect(queryExtensions(shards, '36 04', 10)).toEqual(['5']);
  });

  it('gives none for a query with a quote (a phrase is matched whole)', () => {
    expect(queryExtensions(shards, '"steun aan oe', 10)).toEqual([]);
    expect(queryExtensions(shards, '"steun" oe', 10)).toEqual([]);
  });
});
