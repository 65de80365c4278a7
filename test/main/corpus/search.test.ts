import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { normalizeTerm } from '../../../app/corpus/search-text';
import type { SearchHit } from '../../../app/ipc/contract';
import type { CorpusService } from '../../../main/corpus/corpus-service';
import { F000, F001, F002, F003, F004, service, tempCorpus } from './helpers';

const highlighted = (hit: SearchHit): string[] => hit.highlights.map(([s, e]) => hit.snippet.slice(s, e));

describe('CorpusService.search', () => {
  let tmp: Awaited<ReturnType<typeof tempCorpus>>;
  let svc: CorpusService;
  beforeAll(async () => {
    tmp = await tempCorpus();
    svc = service(tmp.data);
    await svc.open([tmp.corpus]);
    // Metadata for the filters: nothing in the texts states a date, so set it as a user would.
    await svc.updateMeta(F000, { date: '2026-01-06', kind: 'Kamerbrief' });
    await svc.updateMeta(F001, { date: '2025-03-04', kind: 'Kamerbrief' });
    await svc.updateMeta(F002, { date: '2025-09-10', kind: 'Kamerbrief' });
    await svc.updateMeta(F003, {
      kind: 'Antwoorden op Kamervragen',
      signatories: [{ name: 'D.M. van Weel', function: 'minister van Buitenlandse Zaken' }],
    });
  });
  afterAll(async () => {
    await svc.close();
    await tmp.cleanup();
  });

  it('finds Yeşilgöz without diacritics and highlights the name', () => {
    const hits = svc.search({ query: 'Yesilgoz', limit: 100 });
    expect(new Set(hits.map((h) => h.file))).toEqual(new Set([F000, F001, F002, F003, F004]));
    const inOne = hits.find((h) => h.file === F001)!;
    expect(highlighted(inOne)).toEqual(['Yeşilgöz']);
    expect(svc.letter(F001).blocks.find((b) => b.id === inOne.block)!.text).toContain('Yeşilgöz');
    for (const hit of hits) for (const word of highlighted(hit)) expect(normalizeTerm(word)).toBe('yesilgoz');
    expect(svc.search({ query: 'YEŞILGÖZ', limit: 100 }).length).toBe(hits.length);
  });

  it('matches prefixes', () => {
    const hits = svc.search({ query: 'veiligheidsgarant' });
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      const words = highlighted(hit);
      expect(words.length).toBeGreaterThan(0);
      for (const w of words) expect(normalizeTerm(w).startsWith('veiligheidsgarant')).toBe(true);
    }
    expect(hits.some((h) => highlighted(h).includes('veiligheidsgaranties'))).toBe(true);
  });

  it('matches quoted phrases only as adjacent words', () => {
    const hits = svc.search({ query: '"vrede in Oekraïne"' });
    expect(hits.map((h) => h.file)).toContain(F000);
    for (const hit of hits) {
      expect([F000, F002]).toContain(hit.file);
      expect(highlighted(hit).map((w) => normalizeTerm(w.replace(/\s+/g, ' ')))).toContain('vrede in oekraine');
    }
    expect(svc.search({ query: '"Oekraïne in vrede"' })).toEqual([]);
  });

  it('points footnote hits at the referencing block', () => {
    const hits = svc.search({ query: '"Kamerstuk 36 045, nr. 264"', limit: 100 });
    const fromNote = hits.find((h) => h.file === F004 && h.footnote)!;
    const letter = svc.letter(F004);
    expect(letter.footnotes.find((f) => f.id === fromNote.footnote)!.text).toBe('Kamerstuk 36 045, nr. 264.');
    expect(letter.blocks.find((b) => b.id === fromNote.block)!.notes.map((n) => n.footnote)).toContain(fromNote.footnote);
  });

  it('filters on kind, date range and signatory', () => {
    const files = (hits: SearchHit[]) => [...new Set(hits.map((h) => h.file))].sort();
    expect(files(svc.search({ query: 'Oekraïne', kinds: ['Antwoorden op Kamervragen'], limit: 500 }))).toEqual([F003]);
    expect(files(svc.search({ query: 'Oekraïne', dateFrom: '2025-06-01', dateTo: '2025-12-31', limit: 500 }))).toEqual([F002]);
    expect(files(svc.search({ query: 'Oekraïne', dateFrom: '2025-01-01', limit: 500 }))).toEqual([F000, F001, F002]);
    expect(files(svc.search({ query: 'Oekraïne', signatory: 'van weel', limit: 500 }))).toContain(F003);
    expect(files(svc.search({ query: 'Oekraïne', signatory: 'Niemand', limit: 500 }))).toEqual([]);
  });

  it('ranks and limits results', () => {
    const hits = svc.search({ query: 'Oekraïne', limit: 7 });
    expect(hits).toHaveLength(7);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
    expect(svc.search({ query: '   ' })).toEqual([]);
  });
});
