import { describe, expect, it } from 'vitest';

import { groupLetters, HIT_BONUS, keepBest, MatchList } from '../../../app/search/letter-groups';

const listOf = (rows: Array<[doc: number, score: number, letter: number]>): MatchList => {
  const list = new MatchList();
  for (const [doc, score, letter] of rows) list.push(doc, score, letter);
  return list;
};

describe('groupLetters', () => {
  const rows: Array<[number, number, number]> = [
    [0, 2, 0],
    [1, 5, 0],
    [2, 1, 0],
    [3, 4, 1],
    [4, 3, 2],
    [5, 3, 2],
  ];

  it('gives one group per letter with every hit counted and its best documents first', () => {
    const { groups, totalHits, totalLetters } = groupLetters(listOf(rows), 3, new Map(), { limit: 10, snippets: 2 });
    expect(totalHits).toBe(6);
    expect(totalLetters).toBe(3);
    expect(groups.map((g) => [g.letter, g.hitCount])).toEqual([
      [0, 3],
      [1, 1],
      [2, 2],
    ]);
    expect(groups[0]!.docs).toEqual([
      [1, 5],
      [0, 2],
    ]);
    expect(groups[0]!.score).toBeCloseTo(5 * (1 + HIT_BONUS * Math.log(3)));
    expect(groups[1]!.score).toBe(4);
  });

  it('counts every match but returns only the best `limit` letters', () => {
    const many = listOf(Array.from({ length: 1234 }, (_, i): [number, number, number] => [i, 1 + (i % 7), i % 312]));
    const { groups, totalHits, totalLetters } = groupLetters(many, 312, new Map(), { limit: 5, snippets: 3 });
    expect(totalHits).toBe(1234);
    expect(totalLetters).toBe(312);
    expect(groups).toHaveLength(5);
    for (let i = 1; i < groups.length; i++) expect(groups[i - 1]!.score).toBeGreaterThanOrEqual(groups[i]!.score);
  });

  it('puts a boosted letter first, also one without a text hit', () => {
    const boosts = new Map([[7, { boost: 1_000_000, match: 'key' as const }]]);
    const { groups, totalLetters } = groupLetters(listOf(rows), 8, boosts, { limit: 10, snippets: 3 });
    expect(groups[0]).toEqual({ letter: 7, score: 1_000_000, hitCount: 0, match: 'key', docs: [] });
    expect(totalLetters).toBe(4);
  });

  it('gives one letter only, all its hits', () => {
    const { groups, totalHits } = groupLetters(listOf(rows), 3, new Map(), { limit: 10, snippets: 500, only: 0 });
    expect(totalHits).toBe(3);
    expect(groups.map((g) => g.docs.map(([d]) => d))).toEqual([[1, 0, 2]]);
  });
});

describe('keepBest', () => {
  it('tries the best first within the budget and says whether all were tried', () => {
    const tried: number[] = [];
    const list = listOf([
      [0, 1, 0],
      [1, 3, 0],
      [2, 2, 1],
      [3, 9, 1],
    ]);
    const all = keepBest(
      list,
      2,
      (doc) => doc === 3,
      (doc) => (tried.push(doc), doc !== 2),
    );
    expect(tried).toEqual([1, 2]);
    expect(all).toBe(false);
    expect(Array.from(list.doc.subarray(0, list.length))).toEqual([1]);
  });

  it('names the letters of the candidates left untried', () => {
    const list = listOf([
      [0, 5, 0],
      [1, 4, 1],
      [2, 3, 1],
      [3, 2, 2],
    ]);
    const cut = new Set<number>();
    expect(
      keepBest(
        list,
        2,
        () => false,
        () => true,
        cut,
      ),
    ).toBe(false);
    expect([...cut].sort()).toEqual([1, 2]);
    const none = new Set<number>();
    expect(
      keepBest(
        listOf([[0, 1, 0]]),
        2,
        () => false,
        () => true,
        none,
      ),
    ).toBe(true);
    expect(none.size).toBe(0);
  });
});
