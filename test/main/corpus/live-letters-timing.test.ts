import { afterEach, describe, expect, it, vi } from 'vitest';

import type { LetterSummary } from '../../../app/corpus/types';
import type { LetterEntry } from '../../../app/search/letter-entry';
import type { LoadedBatch, LoadOutcome } from '../../../main/corpus/corpus-loader';
import { LIVE_INTERVAL_MS, LiveLetters, STORE_SLICE } from '../../../main/corpus/live-letters';
import type { OpenCorpus } from '../../../main/corpus/open-corpus';

const entry = (file: string) => ({ file }) as unknown as LetterEntry;
const batch = (...files: string[]): LoadedBatch => ({ entries: files.map(entry), shard: null, copies: [], fromStore: false });
const corpus = { addLive: (entries: LetterEntry[]) => entries.map((e) => ({ file: e.file }) as LetterSummary) } as unknown as OpenCorpus;
const outcome = { entries: [], errors: [], stamps: new Map(), parsed: 0, fromCache: 0, shards: [], indexed: 0, copies: [] } as LoadOutcome;

describe('LiveLetters timing (issue 21)', () => {
  afterEach(() => vi.useRealTimers());

  it('takes in the first batch at once, the next after the interval, and what waits by a timer', () => {
    vi.useFakeTimers();
    let now = 1_000;
    const sent: Array<[number, string[]]> = [];
    const live = new LiveLetters(
      corpus,
      undefined,
      (_c, letters, from) => sent.push([from, letters.map((l) => l.file)]),
      () => now,
    );
    live.add(batch('a'));
    expect(sent).toEqual([[0, ['a']]]);
    now += 100;
    live.add(batch('b'));
    expect(sent).toHaveLength(1);
    now += LIVE_INTERVAL_MS;
    vi.advanceTimersByTime(LIVE_INTERVAL_MS);
    expect(sent).toEqual([
      [0, ['a']],
      [1, ['b']],
    ]);
  });

  it('takes nothing in live once the load ends (rest); the timer is cleared', () => {
    vi.useFakeTimers();
    let now = 1_000;
    const sent: unknown[] = [];
    const live = new LiveLetters(
      corpus,
      undefined,
      (...args) => sent.push(args),
      () => now,
    );
    live.add(batch('a'));
    now += 10;
    live.add(batch('b'));
    live.rest(outcome);
    vi.advanceTimersByTime(LIVE_INTERVAL_MS * 2);
    live.add(batch('c'));
    expect(sent).toHaveLength(1);
  });
});

describe('LiveLetters, the warm-start store (issue 22)', () => {
  it('adopts the store shards first, then publishes the stored letters STORE_SLICE at a time, a turn of the event loop between', async () => {
    const sent: Array<[number, number]> = [];
    const store = { entries: [], shards: [] };
    const adopted: unknown[] = [];
    const withStore = {
      ...corpus,
      adoptStore: (s: unknown) => {
        adopted.push(s);
        expect(sent).toEqual([]); // the shards before any letter
        return Promise.resolve();
      },
    } as unknown as OpenCorpus;
    let turns = 0;
    const live = new LiveLetters(
      withStore,
      store,
      (_c, letters, from) => sent.push([from, letters.length]),
      () => 0,
      () => {
        turns++;
        return Promise.resolve();
      },
    );
    const files = Array.from({ length: 2 * STORE_SLICE + 7 }, (_, i) => `f${i}`);
    await live.add({ ...batch(...files), fromStore: true });
    expect(adopted).toEqual([store]);
    expect(sent).toEqual([
      [0, STORE_SLICE],
      [STORE_SLICE, STORE_SLICE],
      [2 * STORE_SLICE, 7],
    ]);
    expect(turns).toBe(2);
  });
});
