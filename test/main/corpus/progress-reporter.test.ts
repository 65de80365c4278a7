import { afterEach, describe, expect, it, vi } from 'vitest';

import type { CorpusProgress } from '../../../app/ipc/contract';
import { ProgressReporter } from '../../../main/corpus/progress-reporter';

afterEach(() => vi.useRealTimers());

describe('ProgressReporter (issue 21, tester: a stale count while a long PDF decodes, the old folder named)', () => {
  it('sends a throttled report at the end of the interval, so the last count is never lost', () => {
    vi.useFakeTimers();
    const reporter = new ProgressReporter();
    const seen: CorpusProgress[] = [];
    reporter.on((p) => seen.push(p));
    reporter.set({ phase: 'parsing', done: 440, total: 502 });
    reporter.set({ phase: 'parsing', done: 441, total: 502 });
    reporter.set({ phase: 'parsing', done: 442, total: 502 });
    expect(seen.map((p) => p.done)).toEqual([440]);
    vi.advanceTimersByTime(60);
    expect(seen.map((p) => p.done)).toEqual([440, 442]);
    vi.advanceTimersByTime(1000);
    expect(seen).toHaveLength(2);
  });

  it('names the corpus being loaded in every event of the load', () => {
    const reporter = new ProgressReporter();
    const seen: CorpusProgress[] = [];
    reporter.on((p) => seen.push(p));
    const corpus = { name: 'rapporten', root: '/data/rapporten', sample: false };
    reporter.begin(corpus);
    reporter.set({ phase: 'scanning', done: 0, total: 3 }, true);
    reporter.set({ phase: 'parsing', done: 0, total: 3, file: 'rapport-1.pdf', page: 25, pages: 180 }, true);
    expect(seen.map((p) => p.corpus)).toEqual([corpus, corpus]);
    expect(reporter.current()).toMatchObject({ page: 25, corpus });
    reporter.clear();
  });
});
