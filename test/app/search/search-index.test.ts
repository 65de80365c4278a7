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
const meta = new Map<string, Pick<Letter, 'kind' | 'date' | 'signatories'>>();
const metaOf = (file: string) => meta.get(file) ?? { kind: null, date: null, signatories: [] };
const at = (hits: Array<{ file: string; block: string; footnote?: string }>) =>
  hits.map((h) => `${h.file}#${h.block}${h.footnote ? `/${h.footnote}` : ''}`);

describe('SearchIndex over shards', () => {
  const index = new SearchIndex();
  index.addShard(
    shardOf(
      letterOf(
        'a.txt',
        ['De vrede in Oekraïne is het doel.', 'Oekraïne, Oekraïne en nog eens Oekraïne.'],
        ['Zie de brief over veiligheidsgaranties.'],
      ),
      letterOf('b.txt', ['Vrede is er niet; in Oekraïne gaat de oorlog door.']),
    ),
  );
  index.addShard(shardOf(letterOf('c.txt', ['Veiligheid en veiligheidsgaranties voor Oekraine.'])));

  it('ranks by BM25 across shards, with folded, prefix and footnote matches', () => {
    const hits = index.search({ query: 'oekraine' }, metaOf);
    expect(at(hits)[0]).toBe('a.txt#b1');
    expect(hits.map((h) => h.file).sort()).toEqual(['a.txt', 'a.txt', 'b.txt', 'c.txt']);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
    // "veilig" is a prefix of both words in c.txt and of the note's word; an exact word ranks higher.
    expect(at(index.search({ query: 'veilig' }, metaOf)).sort()).toEqual(['a.txt#b1/fn1', 'c.txt#b0']);
    const exact = index.search({ query: 'veiligheidsgaranties' }, metaOf);
    expect(exact.find((h) => h.footnote)!.snippet).toBe('Zie de brief over veiligheidsgaranties.');
    expect(exact.find((h) => h.footnote)!.highlights).toEqual([[18, 38]]);
  });

  it('verifies phrases on the text and limits the hits', () => {
    const hits = index.search({ query: '"vrede in Oekraïne"' }, metaOf);
    expect(at(hits)).toEqual(['a.txt#b0']);
    expect(hits[0]!.highlights.map(([s, e]) => hits[0]!.snippet.slice(s, e))).toEqual(['vrede in Oekraïne']);
    // Asked again (the misses are remembered), the answer is the same.
    expect(at(index.search({ query: '"vrede in Oekraïne"' }, metaOf))).toEqual(['a.txt#b0']);
    expect(index.search({ query: 'oekraine', limit: 2 }, metaOf)).toHaveLength(2);
  });

  it('applies letter filters, replaces re-indexed letters and forgets removed ones', () => {
    meta.set('c.txt', { kind: 'Kamerbrief', date: '2025-03-01', signatories: [{ name: 'Dilan Yeşilgöz', function: '' }] });
    expect(at(index.search({ query: 'oekraine', kinds: ['Kamerbrief'] }, metaOf))).toEqual(['c.txt#b0']);
    expect(at(index.search({ query: 'oekraine', signatory: 'yesilgoz', dateFrom: '2025-01-01' }, metaOf))).toEqual(['c.txt#b0']);
    index.addShard(shardOf(letterOf('b.txt', ['Nu gaat het over wederopbouw.'], [], 'h-new')));
    expect(index.indexedHash('b.txt')).toBe('h-new');
    expect(index.search({ query: 'oekraine' }, metaOf).map((h) => h.file)).not.toContain('b.txt');
    expect(at(index.search({ query: 'wederopbouw' }, metaOf))).toEqual(['b.txt#b0']);
    // A copy of c.txt is indexed from c.txt's documents, then c.txt itself goes.
    expect(
      index.copyLetters([
        { file: 'kopie.txt', hash: 'h-c.txt' },
        { file: 'x.txt', hash: 'onbekend' },
      ]),
    ).toEqual(['x.txt']);
    index.removeLetter('c.txt');
    expect(at(index.search({ query: 'veiligheid' }, metaOf))).toEqual(['kopie.txt#b0', 'a.txt#b1/fn1']);
    expect(index.indexedFiles().sort()).toEqual(['a.txt', 'b.txt', 'kopie.txt']);
  });
});

describe('SearchIndex.compact', () => {
  it('merges many small shards into one, keeping only current letters', () => {
    const index = new SearchIndex();
    for (let i = 0; i < 40; i++) index.addShard(shardOf(letterOf(`l${i % 20}.txt`, [`Versie ${i} over zeppelin${i % 20}.`], [], `h${i}`)));
    index.removeLetter('l3.txt');
    const before = index.search({ query: 'zeppelin7', limit: 5 }, metaOf);
    index.compact();
    expect(index.shardList()).toHaveLength(1);
    expect(index.shardList()[0]!.data.files).toHaveLength(19);
    expect(index.indexedFiles()).toHaveLength(19);
    expect(index.indexedHash('l7.txt')).toBe('h27');
    const after = index.search({ query: 'zeppelin7', limit: 5 }, metaOf);
    expect(after.map((h) => h.snippet)).toEqual(['Versie 27 over zeppelin7.']);
    expect(after.map((h) => h.snippet)).toEqual(before.map((h) => h.snippet));
    expect(index.search({ query: 'zeppelin3' }, metaOf)).toEqual([]);
  });
});

describe('phrase search when most candidates fail the phrase', () => {
  it('ranks further, round by round, until it has the hits asked for or runs out', () => {
    // 120 short, high-scoring blocks hold both words apart; three longer ones hold the phrase.
    const decoys = Array.from({ length: 120 }, (_, i) => letterOf(`d${String(i).padStart(3, '0')}.txt`, ['Vrede. Oekraïne.']));
    const phrase = ['x', 'y', 'z'].map((n) =>
      letterOf(`${n}.txt`, [`Het kabinet zet zich in voor duurzame vrede in Oekraïne, zegt de minister in brief ${n}.`]),
    );
    const index = new SearchIndex();
    index.addShard(shardOf(...decoys, ...phrase));
    const query = '"vrede in Oekraïne"';
    // 2 asked: the first round (4 × 2 candidates) holds only decoys, as do the next (32); the third finds them.
    expect(at(index.search({ query, limit: 2 }, metaOf)).sort()).toHaveLength(2);
    expect(at(index.search({ query, limit: 2 }, metaOf)).every((h) => /^[xyz]\.txt#b0$/.test(h))).toBe(true);
    expect(at(index.search({ query, limit: 10 }, metaOf)).sort()).toEqual(['x.txt#b0', 'y.txt#b0', 'z.txt#b0']);
    // The words alone rank the decoys first.
    expect(at(index.search({ query: 'vrede oekraine', limit: 1 }, metaOf))[0]).toMatch(/^d\d{3}\.txt#b0$/);
  });
});
