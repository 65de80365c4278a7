import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';

import type { CorpusLetters, CorpusProgress, CorpusState } from '../../../app/ipc/contract';
import { filesRead, lettersReadAfter, progressText, withLoadingCorpus } from '../../../renderer/library/load-status';
import { letterHitsText, resultTotalsText } from '../../../renderer/library/search-rows';
import { pagesLeftMs, timeLeftMs, withSample } from '../../../renderer/library/time-left';
import { withLiveLetters } from '../../../renderer/state/useCorpus';
import { translators } from '../i18n/translators';

let nl: TFunction;
let en: TFunction;
beforeAll(async () => {
  ({ nl, en } = await translators());
});

describe('counts in the library use the interface language’s number format (issue 21, tester)', () => {
  it('the letter list count, the filtered count and the undated group', () => {
    expect(nl('library.letters', { count: 1505 })).toBe('1.505 brieven');
    expect(en('library.letters', { count: 1505 })).toBe('1,505 letters');
    expect(nl('library.shown', { shown: 1200, count: 10000 })).toBe('1.200 van 10.000');
    expect(en('library.shown', { shown: 1200, count: 10000 })).toBe('1,200 of 10,000');
    expect(nl('library.undatedGroup', { count: 2345 })).toBe('2.345 zonder datum');
    expect(en('library.errors', { count: 1001 })).toBe('1,001 files could not be read; the other letters can be used.');
  });
});

describe('the load status and the list count the same letters (issue 21, tester)', () => {
  const reading: CorpusProgress = { phase: 'parsing', done: 757, total: 1507 };

  it('never says fewer files read than the list shows letters', () => {
    expect(filesRead(reading, 945)).toBe(945);
    expect(filesRead(reading, 700)).toBe(757);
    expect(filesRead({ phase: 'parsing', done: 10, total: 20 }, 25)).toBe(20);
    expect(progressText(nl, 'nl', reading, 945, null)).toBe('Brieven lezen: 945 van 1.507');
    expect(nl('library.letters', { count: 945 })).toBe('945 brieven');
    expect(progressText(en, 'en', { phase: 'parsing', done: 1200, total: 1507 }, 945, 5000)).toBe(
      'Reading letters: 1,200 of 1,507 · about 5 seconds left',
    );
  });
});

describe('the time left moves with the load (issue 21, tester: "nog ongeveer 2 seconden" for 5 s on a long PDF)', () => {
  it('counts a long PDF’s decoded pages and re-estimates from the recent rate', () => {
    // 98 small files in 2 s, then the last two are 500-page PDFs, decoded 25 pages at a time.
    let samples = withSample([], { phase: 'parsing', done: 0, total: 100 }, 0);
    samples = withSample(samples, { phase: 'parsing', done: 98, total: 100 }, 2000);
    const early = timeLeftMs({ phase: 'parsing', done: 98, total: 100 }, samples, 2000)!;
    expect(Math.round(early)).toBe(41); // two files at 49 files a second
    // Two seconds into the first PDF, 100 of its 500 pages decoded: the rate is now pages.
    samples = withSample(samples, { phase: 'parsing', done: 98, total: 100, file: 'a.pdf', page: 100, pages: 500 }, 4000);
    samples = withSample(samples, { phase: 'parsing', done: 98, total: 100, file: 'a.pdf', page: 200, pages: 500 }, 6000);
    samples = withSample(samples, { phase: 'parsing', done: 98, total: 100, file: 'a.pdf', page: 300, pages: 500 }, 8000);
    samples = withSample(samples, { phase: 'parsing', done: 98, total: 100, file: 'a.pdf', page: 400, pages: 500 }, 10_000);
    samples = withSample(samples, { phase: 'parsing', done: 98, total: 100, file: 'a.pdf', page: 500, pages: 500 }, 12_000);
    const progress: CorpusProgress = { phase: 'parsing', done: 98, total: 100, file: 'a.pdf', page: 500, pages: 500 };
    const left = timeLeftMs(progress, samples, 12_000)!;
    // The window holds only the PDF's pages (one file in 10 s): one more file takes about 10 s, not 1/49 s.
    expect(left).toBeGreaterThan(8000);
    expect(left).toBeLessThan(12_000);
    // While no report comes (decoding the next 25 pages), the estimate grows instead of standing still.
    expect(timeLeftMs(progress, samples, 15_000)!).toBeGreaterThan(left);
  });

  it('starts afresh in a new phase and gives nothing until a second of progress is seen', () => {
    const samples = withSample([], { phase: 'parsing', done: 5, total: 100 }, 0);
    expect(timeLeftMs({ phase: 'parsing', done: 5, total: 100 }, samples, 500)).toBeNull();
    expect(withSample(samples, { phase: 'indexing', done: 0, total: 100 }, 600)).toEqual([]);
    expect(timeLeftMs({ phase: 'indexing', done: 0, total: 100 }, samples, 2000)).toBeNull();
  });
});

describe('a capped phrase search says "at least" beside each letter’s count (issue 21, tester)', () => {
  it('ten minste / at least when the search was not exact', () => {
    expect(letterHitsText(nl, 'nl', 3, true)).toBe('3 treffers');
    expect(letterHitsText(nl, 'nl', 2000, false)).toBe('ten minste 2.000 treffers');
    expect(letterHitsText(en, 'en', 1, false)).toBe('at least 1 hit');
    expect(letterHitsText(en, 'en', 0, false)).toBe('Found by number or title');
    expect(nl('library.showAllAtLeast', { n: '2.000' })).toBe('Alle treffers in deze brief tonen (ten minste 2.000)');
  });
});

describe('a capped phrase count says which numbers are lower bounds (issue 21, tester: 3,000 letters, "ten minste 2.000 treffers in 2.000 brieven")', () => {
  const capped = { totalHits: 2000, totalLetters: 2000, exact: false };
  it('the header bounds both the hits and the letters', () => {
    expect(resultTotalsText(nl, 'nl', capped, 'x')).toBe('ten minste 2.000 treffers in ten minste 2.000 brieven');
    expect(resultTotalsText(en, 'en', capped, 'x')).toBe('at least 2,000 hits in at least 2,000 letters');
    expect(resultTotalsText(nl, 'nl', { totalHits: 1234, totalLetters: 312, exact: true }, 'x')).toBe('1.234 treffers in 312 brieven');
    expect(resultTotalsText(en, 'en', { totalHits: 1, totalLetters: 1, exact: true }, 'x')).toBe('1 hit in 1 letter');
  });
  it('a letter fully counted keeps its exact count; only a cut-off letter says "at least"', () => {
    // SearchResults passes !group.partial as `exact`.
    expect(letterHitsText(nl, 'nl', 1, true)).toBe('1 treffer');
    expect(letterHitsText(en, 'en', 1, true)).toBe('1 hit');
    expect(letterHitsText(nl, 'nl', 4, false)).toBe('ten minste 4 treffers');
    expect(letterHitsText(en, 'en', 4, false)).toBe('at least 4 hits');
  });
});

describe('opening another folder: the count starts at 0 and the header names it at once (issue 21, tester: "3 van 3" before anything was read)', () => {
  const old: CorpusState = {
    name: 'Voorbeeldcorpus',
    root: null,
    sample: true,
    letters: Array.from({ length: 5 }, (_, i) => ({ file: `${i}.txt` }) as CorpusState['letters'][number]),
    errors: [],
    progress: { phase: 'ready', done: 5, total: 5 },
  };
  const corpus = { name: 'rapporten', root: '/data/rapporten', sample: false };
  const reading: CorpusProgress = { phase: 'parsing', done: 0, total: 3, file: 'rapport-1.pdf', page: 25, pages: 180, corpus };

  it('takes the new corpus from the first progress event, with none of the old letters', () => {
    const next = withLoadingCorpus(old, reading)!;
    expect(next).toMatchObject({ name: 'rapporten', root: '/data/rapporten', sample: false, letters: [] });
    expect(progressText(nl, 'nl', reading, next.letters.length, null)).toBe('Brieven lezen: 0 van 3');
    // Before the fix the old corpus's five letters counted as read: "3 van 3".
    expect(progressText(nl, 'nl', reading, old.letters.length, null)).toBe('Brieven lezen: 3 van 3');
    // The same corpus (letters arriving) or a finished load leaves the state alone.
    expect(withLoadingCorpus(next, { ...reading, done: 1 })).toBe(next);
    expect(withLoadingCorpus(old, { phase: 'ready', done: 3, total: 3, corpus })).toBe(old);
    expect(withLoadingCorpus(old, { phase: 'parsing', done: 0, total: 3 })).toBe(old);
  });
});

describe('the time left counts a long PDF’s remaining pages (issue 21, tester: "441 van 502 · nog ongeveer 1 seconde" for 4.5 s)', () => {
  it('never says 1 second while the PDF has most of its pages to go', () => {
    const at = (done: number, page?: number) =>
      ({ phase: 'parsing', done, total: 502, ...(page ? { file: 'rapport.pdf', page, pages: 180 } : {}) }) as CorpusProgress;
    // 440 small files in 2 s, then the 180-page PDF: page 25 after 1 s, page 50 after 2 s, and one more small file.
    let samples = withSample([], at(0), 0);
    samples = withSample(samples, at(440), 2000);
    samples = withSample(samples, at(440, 25), 3000);
    samples = withSample(samples, at(441, 25), 3100);
    samples = withSample(samples, at(441, 50), 4000);
    expect(pagesLeftMs(at(441, 50), samples, 4000)).toBe(5200); // 130 pages at 25 pages a second
    const left = timeLeftMs(at(441, 50), samples, 4000)!;
    expect(left).toBeGreaterThanOrEqual(5200);
    expect(progressText(en, 'en', at(441, 50), 441, left)).toBe('Reading letters: 441 of 502 · about 6 seconds left');
    // While no page report comes it grows.
    expect(timeLeftMs(at(441, 50), samples, 5000)!).toBeGreaterThan(left);
  });
});

describe('reopening the same folder: the count is this load’s letters throughout (fresh-eyes test, finding 4)', () => {
  const corpus = { name: 'brieven', root: '/data/brieven', sample: false };
  const letter = (i: number) => ({ file: `${i}.txt` }) as CorpusState['letters'][number];
  const shown: CorpusState = {
    ...corpus,
    letters: [0, 1, 2, 3, 4].map(letter),
    errors: [],
    progress: { phase: 'ready', done: 5, total: 5 },
  };
  const batch = (from: number, count: number): CorpusLetters => ({
    ...corpus,
    from,
    letters: Array.from({ length: count }, (_, i) => letter(from + i)),
  });
  const progress = (phase: CorpusProgress['phase'], done: number): CorpusProgress => ({ phase, done, total: 5, corpus });

  it('never counts the letters still listed from the last load as read', () => {
    // The window's events in order, as useCorpus takes them in; the status after each one.
    const events: Array<CorpusProgress | CorpusLetters> = [
      progress('scanning', 0),
      progress('parsing', 0),
      progress('parsing', 1),
      batch(0, 2),
      progress('parsing', 4),
      batch(2, 2),
      batch(4, 1),
      progress('parsing', 5),
    ];
    let state: CorpusState | null = shown;
    let read: number | null = null;
    const statuses: string[] = [];
    for (const event of events) {
      if ('from' in event) state = withLiveLetters(state, event);
      else state = withLoadingCorpus(state, event);
      read = lettersReadAfter(read, event);
      const last = events
        .slice(0, events.indexOf(event) + 1)
        .filter((e): e is CorpusProgress => !('from' in e))
        .at(-1)!;
      if (last.phase === 'parsing') statuses.push(progressText(nl, 'nl', last, read ?? state!.letters.length, null));
    }
    // The five letters of the last load stay listed until the first batch replaces them …
    expect(state!.letters).toHaveLength(5);
    // … but the count is the files read, 0 first (it said "5 van 5" before any was read).
    expect(statuses).toEqual([
      'Brieven lezen: 0 van 5',
      'Brieven lezen: 1 van 5',
      'Brieven lezen: 2 van 5',
      'Brieven lezen: 4 van 5',
      'Brieven lezen: 4 van 5',
      'Brieven lezen: 5 van 5',
      'Brieven lezen: 5 van 5',
    ]);
    expect(progressText(nl, 'nl', progress('parsing', 0), shown.letters.length, null)).toBe('Brieven lezen: 5 van 5');
  });
});
