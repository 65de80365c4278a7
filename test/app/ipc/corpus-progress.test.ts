import { describe, expect, it } from 'vitest';

import { CorpusProgressSchema } from '../../../app/ipc/contract';

/** Issue 14 (d): a long PDF's progress names its page, "pagina x van y". */
describe('CorpusProgressSchema page and pages', () => {
  const base = { phase: 'parsing', done: 3, total: 10, file: 'rapport.pdf' } as const;

  it('accepts progress without pages and with page ≤ pages', () => {
    expect(CorpusProgressSchema.safeParse(base).success).toBe(true);
    expect(CorpusProgressSchema.safeParse({ ...base, page: 25, pages: 120 }).success).toBe(true);
    expect(CorpusProgressSchema.safeParse({ ...base, page: 120, pages: 120 }).success).toBe(true);
  });

  it('refuses a page alone, a page past the last, zero and fractions', () => {
    for (const bad of [{ page: 3 }, { pages: 3 }, { page: 121, pages: 120 }, { page: 0, pages: 4 }, { page: 1.5, pages: 4 }])
      expect(CorpusProgressSchema.safeParse({ ...base, ...bad }).success).toBe(false);
  });
});
