import type { Letter, LetterSummary } from '../../app/corpus/types';
import type { StoredCorpus } from '../../app/search/corpus-store';
import type { ShardData } from '../../app/search/index-shard';
import type { LetterEntry } from '../../app/search/letter-entry';
import type { LoadedBatch, LoadOutcome } from './corpus-loader';
import type { OpenCorpus } from './open-corpus';

/** A live batch goes out at most this often (ms), unless LIVE_LETTERS letters are waiting. */
export const LIVE_INTERVAL_MS = 250;
export const LIVE_LETTERS = 500;
/**
 * Stored letters taken in and published at a time at a warm start, with a turn of the event loop
 * between slices: at 100,000 letters taking them all in at once held the loop for seconds.
 */
export const STORE_SLICE = 2000;

/**
 * The letters of a load that is still running, made usable as they come (issue 21): the load's
 * batches (LoadOptions.onBatch) are gathered and taken into the corpus being loaded
 * (OpenCorpus.addLive: listed, readable, searchable) every LIVE_INTERVAL_MS or LIVE_LETTERS
 * letters (a timer takes in what waits when no batch follows in time), and each such step is reported to `publish` with the new letters' summaries and how
 * many were published before (`from`). The warm-start store's shards are adopted with the first
 * letters that come from it. At the end, `rest` gives what was not taken in yet, for `merge`.
 */
export class LiveLetters {
  private entries: LetterEntry[] = [];
  private shards: ShardData[] = [];
  private copies: Array<{ file: string; hash: string }> = [];
  private readonly taken = new Set<ShardData>();
  private readonly takenCopies = new Set<string>();
  private storeAdopted = false;
  private last = 0;
  private published = 0;
  /** Takes in letters left waiting when no further batch comes within the interval. */
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;
  /** The store's letters as linked when it was saved, when valid for this load (see OpenCorpus.addLive). */
  storedLinks: Map<string, Letter> | undefined;

  constructor(
    private readonly corpus: OpenCorpus,
    private readonly store: StoredCorpus | undefined,
    private readonly publish: (corpus: OpenCorpus, letters: LetterSummary[], from: number) => void,
    private readonly now: () => number = () => performance.now(),
    private readonly breathe: () => Promise<void> = () => new Promise((resolve) => setImmediate(resolve)),
  ) {}

  /** Whether the store's shards were taken in already (the load's end must not adopt them again). */
  get adopted(): boolean {
    return this.storeAdopted;
  }

  /**
   * Gathers one batch; takes the gathered letters in when the interval passed or enough wait. The
   * store's letters (`fromStore`) are taken in at once, in slices (addStored); the promise resolves
   * when all are in.
   */
  add(batch: LoadedBatch): void | Promise<void> {
    if (this.stopped) return;
    if (batch.fromStore) return this.addStored(batch.entries);
    this.entries.push(...batch.entries);
    if (batch.shard) this.shards.push(batch.shard);
    this.copies.push(...batch.copies);
    const waited = this.now() - this.last;
    if (this.entries.length >= LIVE_LETTERS || waited >= LIVE_INTERVAL_MS) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), LIVE_INTERVAL_MS - waited);
  }

  /**
   * The store's letters: its shards adopted first (OpenCorpus.adoptStore, in slices), then the
   * letters STORE_SLICE at a time, each slice published before the event loop's next turn.
   */
  private async addStored(entries: LetterEntry[]): Promise<void> {
    if (this.store && !this.storeAdopted) {
      this.storeAdopted = true;
      await this.corpus.adoptStore(this.store, { entries, shards: [] }, this.breathe);
      if (this.stopped) return;
    }
    this.flush();
    for (let from = 0; from < entries.length; from += STORE_SLICE) {
      if (from > 0) await this.breathe();
      if (this.stopped) return;
      this.entries.push(...entries.slice(from, from + STORE_SLICE));
      this.flush(this.storedLinks);
    }
  }

  /**
   * Takes the gathered letters into the corpus and publishes them (nothing when none wait); `links`
   * (storedLinks) only for letters all from the store.
   */
  flush(links?: Map<string, Letter>): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.entries.length === 0) return;
    const letters = this.corpus.addLive(this.entries, this.shards, this.copies, links);
    for (const shard of this.shards) this.taken.add(shard);
    for (const copy of this.copies) this.takenCopies.add(copy.file);
    this.entries = [];
    this.shards = [];
    this.copies = [];
    this.last = this.now();
    this.publish(this.corpus, letters, this.published);
    this.published += letters.length;
  }

  /** The outcome without the shards and copies already taken in (merge adds the rest; entries are set again harmlessly). */
  rest(outcome: LoadOutcome): LoadOutcome {
    // From here the load's end takes the rest in: nothing more is taken in live.
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.stopped = true;
    return {
      ...outcome,
      shards: outcome.shards.filter((s) => !this.taken.has(s)),
      copies: outcome.copies.filter((c) => !this.takenCopies.has(c.file)),
    };
  }
}
