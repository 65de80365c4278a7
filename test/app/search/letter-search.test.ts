import { describe, expect, it } from 'vitest';

import type { Letter } from '../../../app/corpus/types';
import { ShardBuilder } from '../../../app/search/index-shard';
import { SearchIndex } from '../../../app/search/search-index';
import { letterOf } from './shard-fixtures';

const shardOf = (...letters: Letter[]) => {
  const b = new ShardBuilder();
  letters.forEach((l) => b.add(l));
  return b.build();
};
interface Fact {
  title: string;
  keys: string[];
  kind: string | null;
}
const facts = new Map<string, Fact>([
  ['paper.txt', { title: 'Stand van zaken steun aan Oekraïne', keys: ['kst-36045-264'], kind: 'Kamerbrief' }],
  ['other.txt', { title: 'Geannoteerde agenda Raad Buitenlandse Zaken', keys: ['kst-36045-215'], kind: 'Kamerbrief' }],
]);
const factOf = (file: string) => {
  const f = facts.get(file) ?? { title: file, keys: [], kind: null };
  return { ...f, date: null, signatories: [] };
};

describe('SearchIndex.searchLetters', () => {
  const index = new SearchIndex();
  const notes = Array.from({ length: 13 }, (_, i) => `Kamerstuk 36 045, nr. ${200 + i}.`);
  index.addShard(
    shardOf(
      letterOf('paper.txt', ['Uw Kamer vroeg om een stand van zaken.', 'Het kabinet steunt Oekraïne.']),
      letterOf('cites.txt', ['Zie de eerdere brieven.', 'Over Oekraïne schreven wij eerder.'], notes),
    ),
  );
  index.addShard(shardOf(letterOf('other.txt', ['De Raad sprak over Oekraïne en over 36 045.'])));

  it('gives one entry per letter with real counts, footnote hits labelled and grouped under their letter', () => {
    const result = index.searchLetters({ query: '36 045' }, factOf);
    const cites = result.groups.find((g) => g.file === 'cites.txt')!;
    expect(cites.hitCount).toBe(13);
    expect(cites.hits).toHaveLength(3);
    expect(cites.hits.every((h) => h.footnote && h.footnoteLabel)).toBe(true);
    expect(cites.hits[0]!.footnoteLabel).toMatch(/^\d+$/);
    expect(result.totalHits).toBe(14);
    expect(new Set(result.groups.map((g) => g.file)).size).toBe(result.groups.length);
  });

  it('finds a letter by its own paper number first, in every way it is written, also without a text hit', () => {
    for (const query of ['36 045, nr. 264', '36045-264', 'kst-36045-264', 'Kamerstuk 36 045 nr. 264']) {
      const result = index.searchLetters({ query }, factOf);
      expect(result.groups[0]).toMatchObject({ file: 'paper.txt', match: 'key', hitCount: 0, hits: [] });
    }
    // The dossier alone: its papers come before letters that only mention it.
    const dossier = index.searchLetters({ query: '36 045' }, factOf);
    expect(dossier.groups.slice(0, 2).map((g) => g.match)).toEqual(['dossier', 'dossier']);
    expect(dossier.totalLetters).toBe(3);
  });

  it('finds a letter by its title first', () => {
    const result = index.searchLetters({ query: 'stand van zaken oekraine' }, factOf);
    expect(result.groups[0]).toMatchObject({ file: 'paper.txt', match: 'title' });
    expect(index.searchLetters({ query: 'oekraine' }, factOf).groups.map((g) => g.file)).toHaveLength(3);
  });

  it('gives all hits of one letter, respects filters and counts checked phrases', () => {
    const one = index.searchLetters({ query: '36 045', file: 'cites.txt', snippets: 500 }, factOf);
    expect(one.groups).toHaveLength(1);
    expect(one.groups[0]!.hits).toHaveLength(13);
    expect(one.totalHits).toBe(13);
    const filtered = index.searchLetters({ query: 'oekraine', kinds: ['Kamerbrief'] }, factOf);
    expect(filtered.groups.map((g) => g.file).sort()).toEqual(['other.txt', 'paper.txt']);
    const phrase = index.searchLetters({ query: '"steunt Oekraïne"' }, factOf);
    expect(phrase).toMatchObject({ totalHits: 1, totalLetters: 1, exact: true });
    expect(index.searchLetters({ query: '"Oekraïne steunt"' }, factOf).totalHits).toBe(0);
    expect(index.searchLetters({ query: 'oekraine', file: 'missing.txt' }, factOf).groups).toEqual([]);
  });
});
