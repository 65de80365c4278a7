import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { CorpusService } from '../../../main/corpus/corpus-service';
import { SearchAhead } from '../../../main/ipc/search-ahead';
import { service, tempCorpus } from './helpers';

/** Issue 21: main's answers ahead of the next key are its own answers to those queries, on the sample corpus. */
describe('SearchAhead over CorpusService on the sample corpus', () => {
  let svc: CorpusService;
  beforeAll(async () => {
    svc = service((await tempCorpus()).data);
    await svc.openSample();
  });
  afterAll(() => svc.close());

  it('extends a word by the characters the corpus continues it with, the most used first', () => {
    expect(svc.searchExtensions('Oekr', 40)[0]).toBe('a');
    expect(svc.searchExtensions('wederopbou', 40)).toEqual(['w']);
    expect(svc.searchExtensions('qqqq', 40)).toEqual([]);
    expect(svc.searchExtensions('', 40).length).toBeGreaterThan(20);
  });

  it('answers each extension exactly as corpusSearchLetters does, filters and limits kept', async () => {
    const ahead = new SearchAhead(svc);
    for (const search of [
      { query: 'oek', limit: 20, snippets: 2 },
      { query: 'steun ', limit: 5, snippets: 1, kinds: ['Kamerbrief'] },
      { query: '36 04', limit: 20, snippets: 2 },
    ]) {
      let from: number | null = 0;
      const queries: string[] = [];
      while (from !== null) {
        const batch = await ahead.batch(search, from);
        for (const { query, result } of batch.answers) {
          queries.push(query);
          expect(result, query).toEqual(svc.searchLetters({ ...search, query }));
        }
        from = batch.next;
      }
      expect(queries).toEqual(svc.searchExtensions(search.query, 40).map((c) => search.query + c));
      expect(queries.length).toBeGreaterThan(0);
    }
  });
});
