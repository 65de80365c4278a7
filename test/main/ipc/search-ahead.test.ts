import { describe, expect, it } from 'vitest';

import type { LetterSearchRequest, LetterSearchResult } from '../../../app/ipc/contract';
import { AHEAD_MAX, SearchAhead } from '../../../main/ipc/search-ahead';

/** A corpus whose answer names the query it was for; `cost` ms of busy work per search. */
const sourceOf = (chars: string[], cost = 0) => {
  const asked: LetterSearchRequest[] = [];
  return {
    asked,
    searchExtensions: (query: string, max: number) => (query.includes('"') ? [] : chars.slice(0, max)),
    searchLetters(request: LetterSearchRequest): LetterSearchResult {
      asked.push(request);
      const end = performance.now() + cost;
      while (performance.now() < end);
      return {
        groups: [{ file: `${request.query}.txt`, score: 1, hitCount: 1, match: null, hits: [] }],
        totalHits: 1,
        totalLetters: 1,
        exact: true,
      };
    },
  };
};

describe('SearchAhead', () => {
  it("answers the query extended by each character, each with the corpus's own answer to that request", async () => {
    const source = sourceOf(['a', 'o', 'e']);
    const ahead = new SearchAhead(source);
    const search = { query: 'oekr', kinds: ['Kamerbrief'], limit: 20, snippets: 2 };
    const { answers, next } = await ahead.batch(search, 0);
    expect(answers.map((a) => a.query)).toEqual(['oekra', 'oekro', 'oekre']);
    expect(answers[0]!.result.groups[0]!.file).toBe('oekra.txt');
    expect(source.asked).toEqual(['oekra', 'oekro', 'oekre'].map((query) => ({ ...search, query })));
    expect(next).toBeNull();
  });

  it('stops a batch after its time and says where the next one starts; the next batch goes on from there', async () => {
    const chars = 'abcdefghij'.split('');
    const ahead = new SearchAhead(sourceOf(chars, 5));
    const first = await ahead.batch({ query: 'x' }, 0);
    expect(first.answers.length).toBeGreaterThan(0);
    expect(first.answers.length).toBeLessThan(chars.length);
    expect(first.next).toBe(first.answers.length);
    const rest = await ahead.batch({ query: 'x' }, first.next!);
    expect(rest.answers[0]!.query).toBe(`x${chars[first.next!]}`);
  });

  it('stops when a search is asked for meanwhile (interrupt) or a newer batch starts', async () => {
    const ahead = new SearchAhead(sourceOf('abcdefghij'.split(''), 2));
    const underWay = ahead.batch({ query: 'x' }, 0);
    ahead.interrupt();
    const stopped = await underWay;
    expect(stopped.answers).toEqual([]);
    expect(stopped.next).toBe(0);
    const older = ahead.batch({ query: 'x' }, 0);
    const newer = ahead.batch({ query: 'y' }, 0);
    expect((await older).answers).toEqual([]);
    expect((await newer).answers[0]!.query).toBe('ya');
  });

  it('answers nothing for a query no character continues, and asks for at most AHEAD_MAX', async () => {
    const source = sourceOf(Array.from({ length: 60 }, (_, i) => String.fromCharCode(0x61 + (i % 26))));
    const ahead = new SearchAhead(source);
    expect(await ahead.batch({ query: '"een zin' }, 0)).toEqual({ answers: [], next: null });
    let from: number | null = 0;
    let total = 0;
    while (from !== null) {
      const batch = await ahead.batch({ query: 'q' }, from);
      total += batch.answers.length;
      from = batch.next;
    }
    expect(total).toBe(AHEAD_MAX);
  });
});
