import { describe, expect, it } from 'vitest';

import type { LetterSearchResult } from '../../../app/ipc/contract';
import { AHEAD_KEEP, AheadAnswers } from '../../../renderer/library/ahead-answers';

const answer = (file: string): LetterSearchResult => ({
  groups: [{ file, score: 1, hitCount: 2, match: null, hits: [] }],
  totalHits: 2,
  totalLetters: 1,
  exact: true,
});
const request = (query: string, kinds?: string[]) => ({ query, limit: 20, snippets: 2, ...(kinds ? { kinds } : {}) });

describe('AheadAnswers', () => {
  it("gives back main's answer for exactly the same request and corpus state, nothing for another", () => {
    const corpus = {};
    const answers = new AheadAnswers();
    expect(answers.get(request('oekra'), corpus)).toBeUndefined();
    answers.put(request('oekra'), answer('a.txt'), corpus);
    expect(answers.get(request('oekra'), corpus)?.groups[0]?.file).toBe('a.txt');
    expect(answers.get(request('oekr'), corpus)).toBeUndefined();
    expect(answers.get(request('oekra', ['Kamerbrief']), corpus)).toBeUndefined();
    expect(answers.get({ ...request('oekra'), limit: 120 }, corpus)).toBeUndefined();
  });

  it('drops every answer when the corpus state changes, and an answer given for an older state', () => {
    const before = {};
    const after = {};
    const answers = new AheadAnswers();
    answers.get(request(''), before);
    answers.put(request('oekra'), answer('a.txt'), before);
    expect(answers.get(request('oekra'), after)).toBeUndefined();
    answers.put(request('oekra'), answer('old.txt'), before);
    expect(answers.get(request('oekra'), after)).toBeUndefined();
    answers.put(request('oekra'), answer('new.txt'), after);
    expect(answers.get(request('oekra'), after)?.groups[0]?.file).toBe('new.txt');
  });

  it('keeps the AHEAD_KEEP most recently used', () => {
    const corpus = {};
    const answers = new AheadAnswers();
    answers.get(request(''), corpus);
    answers.put(request('first'), answer('first.txt'), corpus);
    for (let i = 0; i < AHEAD_KEEP - 1; i++) answers.put(request(`q${i}`), answer(`${i}.txt`), corpus);
    expect(answers.get(request('first'), corpus)).toBeDefined();
    answers.put(request('one more'), answer('x.txt'), corpus);
    expect(answers.get(request('first'), corpus)).toBeDefined();
    expect(answers.get(request('q0'), corpus)).toBeUndefined();
    expect(answers.get(request(`q${AHEAD_KEEP - 2}`), corpus)).toBeDefined();
  });
});
