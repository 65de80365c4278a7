import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { TopK } from '../../../app/search/top-k';

/** Higher score first, ties in document order. */
const byRank = (docs: number[], scores: number[]): number[] =>
  docs
    .map((_, i) => i)
    .sort((a, b) => scores[b]! - scores[a]! || docs[a]! - docs[b]!)
    .map((i) => docs[i]!);

describe('TopK', () => {
  it('keeps the k best, best first, equal scores in document order', () => {
    const top = new TopK(3);
    [
      [1.5, 10],
      [3, 11],
      [0.5, 12],
      [3, 4],
      [2, 13],
    ].forEach(([score, doc]) => top.offer(score!, doc!));
    expect([...top.best()]).toEqual([
      [4, 3],
      [11, 3],
      [13, 2],
    ]);
  });

  it('agrees with a full sort for any input, bounded or larger than the input', () => {
    const entries = fc.uniqueArray(fc.tuple(fc.nat(1000), fc.integer({ min: 0, max: 20 })), { selector: (e) => e[0] });
    fc.assert(
      fc.property(entries, fc.integer({ min: 1, max: 30 }), (list, k) => {
        const docs = list.map((e) => e[0]);
        const scores = list.map((e) => e[1] / 4);
        const top = new TopK(k);
        const all = new TopK(list.length + 1);
        list.forEach((_, i) => {
          top.offer(scores[i]!, docs[i]!);
          all.offer(scores[i]!, docs[i]!);
        });
        expect([...top.best()].map(([doc]) => doc)).toEqual(byRank(docs, scores).slice(0, k));
        expect([...all.best()].map(([doc]) => doc)).toEqual(byRank(docs, scores));
        expect(top.size).toBe(Math.min(k, list.length));
      }),
    );
  });
});

describe('TopK.best', () => {
  it('yields what it kept best first, lazily', () => {
    const all = new TopK(10);
    [5, 1, 9, 3, 9, 7].forEach((score, doc) => all.offer(score, doc));
    const it = all.best();
    expect(it.next().value).toEqual([2, 9]);
    expect(it.next().value).toEqual([4, 9]);
    expect([...it]).toEqual([
      [5, 7],
      [0, 5],
      [3, 3],
      [1, 1],
    ]);
  });
});
