import { statSync } from 'node:fs';

import type { CorpusError, Letter } from '../../app/corpus/types';
import type { ShardData } from '../../app/search/index-shard';
import type { LetterEntry } from '../../app/search/letter-entry';
import type { FileStamp } from './letter-cache';
import type { LetterLocation } from './letter-file';
import type { BatchItem } from './parse-batch';
import type { WorkerPool } from './worker-pool';

export interface LoadOptions {
  pool: WorkerPool;
  /** Stamps from the last load of this corpus: unchanged size+mtime means the cached hash holds. */
  stamps: Map<string, FileStamp>;
  /** Entries already indexed in the warm-start store (by file): such letters need no work at all. */
  stored: Map<string, LetterEntry>;
  /** Files whose size and mtime still match their stamp (see `unchangedFiles`). */
  unchanged?: Set<string>;
  /**
   * Indexed letters by content hash: a file with such content (a copy, a rename) takes that
   * letter's entry and indexed documents instead of being parsed (see LoadOutcome.copies).
   */
  known?: Map<string, LetterEntry>;
  maxBytes: number;
  onFile?: (file: string) => void;
  /** A long PDF's decoding under way: `done` of its `total` pages (every PDF_PROGRESS_PAGES pages). */
  onPages?: (file: string, done: number, total: number) => void;
  /** A full letter a worker sent back (native PDFs), for the parse cache. */
  onLetter?: (letter: Letter) => void;
  /**
   * Letters as they become available during the load, for the library to show them at once: the
   * warm-start store's letters first (`fromStore`, no shard: they are in the store's shards), then
   * each worker batch (its entries, copies included, its shard and its copies). Awaited before
   * the lane sends its next batch.
   */
  onBatch?: (batch: LoadedBatch) => void | Promise<void>;
  /** Letters per worker batch; by default an eighth of the files, at most MAX_BATCH. */
  batchSize?: number;
  /**
   * Stops the load: no further batch is sent to the workers (those under way finish), and the
   * outcome holds what was loaded; the files never sent are in neither entries nor errors.
   */
  signal?: AbortSignal;
}

/** Letters loaded by one step of a load (see LoadOptions.onBatch). */
export interface LoadedBatch {
  entries: LetterEntry[];
  shard: ShardData | null;
  copies: Array<{ file: string; hash: string }>;
  fromStore: boolean;
}

export interface LoadOutcome {
  entries: LetterEntry[];
  errors: CorpusError[];
  stamps: Map<string, FileStamp>;
  /** How many files went through the parser (the rest came from the caches). */
  parsed: number;
  fromCache: number;
  /** Index shards of the letters that were (re)indexed, and how many letters that was. */
  shards: ShardData[];
  indexed: number;
  /** Files whose content is an indexed letter's: the caller indexes them from that letter's documents. */
  copies: Array<{ file: string; hash: string }>;
}

/** Files whose stamps are checked between two turns of the event loop (a few milliseconds). */
const STAT_SLICE = 500;
/** Letters per worker batch at most: one index shard each, so fewer, larger shards are cheaper to search. */
const MAX_BATCH = 200;

/**
 * Loads letter files: from the warm-start store when the stamp is unchanged; otherwise sent in
 * batches to the worker pool, which reads, hashes, parses and indexes them (main sends paths and
 * gets entries, stamps and index shards back). A file whose content is an indexed letter's takes
 * that letter's entry over. A batch that times out or crashes is retried letter by letter, so one
 * bad file only fails itself. Every failure is per file.
 */
export const loadLetters = async (locations: LetterLocation[], opts: LoadOptions): Promise<LoadOutcome> => {
  const out: LoadOutcome = { entries: [], errors: [], stamps: new Map(), parsed: 0, fromCache: 0, shards: [], indexed: 0, copies: [] };
  const results: Array<LetterEntry | CorpusError | undefined> = new Array(locations.length);
  const work: Array<{ index: number; item: BatchItem }> = [];
  for (const [i, loc] of locations.entries()) {
    // A turn for the event loop now and then: 100,000 stored letters are ~0.3 s of this loop.
    if (i % STAT_SLICE === STAT_SLICE - 1) await new Promise((resolve) => setImmediate(resolve));
    const stored = fromStore(loc, opts);
    if (!stored) {
      work.push({ index: i, item: loc });
      continue;
    }
    out.fromCache++;
    out.stamps.set(loc.file, opts.stamps.get(loc.file)!);
    results[i] = stored;
    opts.onFile?.(loc.file);
  }
  const stored = results.filter((r): r is LetterEntry => r !== undefined && 'hash' in r);
  if (stored.length > 0) await opts.onBatch?.({ entries: stored, shard: null, copies: [], fromStore: true });
  const batchSize = opts.batchSize ?? Math.max(1, Math.min(MAX_BATCH, Math.ceil(work.length / 8)));
  const known = [...(opts.known?.keys() ?? [])];
  const batches: Array<typeof work> = [];
  for (let i = 0; i < work.length; i += batchSize) batches.push(work.slice(i, i + batchSize));
  // One more batch in flight than there are workers keeps them all busy; the rest wait here, so a
  // cancelled load sends nothing more.
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < batches.length && !opts.signal?.aborted) await runBatch(batches[next++]!, known, opts, out, results);
  };
  await Promise.all(Array.from({ length: opts.pool.workers + 1 }, lane));
  // Keep the input order (sorted paths), whatever order the files finished in.
  for (const r of results) {
    if (!r) continue;
    if ('hash' in r) out.entries.push(r);
    else out.errors.push(r);
  }
  return out;
};

/** The stored entry when the file's stamp is unchanged and the store indexed that content. */
const fromStore = (loc: LetterLocation, opts: LoadOptions): LetterEntry | undefined => {
  const entry = opts.stored.get(loc.file);
  return entry && opts.unchanged?.has(loc.file) && entry.hash === opts.stamps.get(loc.file)?.hash ? entry : undefined;
};

/**
 * The files whose size and modification time still match their stamp from the last load, so
 * their stored hash (and index) holds without reading them. Runs while the store is being read.
 * Synchronous stats in slices, with a turn for the event loop after each: 10,000 promise-based
 * stats cost several times the CPU and queue in the thread pool in front of the store's reads.
 */
export const unchangedFiles = async (locations: LetterLocation[], stamps: Map<string, FileStamp>): Promise<Set<string>> => {
  const unchanged = new Set<string>();
  for (let from = 0; from < locations.length; from += STAT_SLICE) {
    for (const loc of locations.slice(from, from + STAT_SLICE)) {
      const known = stamps.get(loc.file);
      if (!known) continue;
      const info = statSync(loc.path, { throwIfNoEntry: false });
      if (info && info.size === known.size && info.mtimeMs === known.mtimeMs) unchanged.add(loc.file);
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  return unchanged;
};

const runBatch = async (
  batch: Array<{ index: number; item: BatchItem }>,
  known: string[],
  opts: LoadOptions,
  out: LoadOutcome,
  results: Array<LetterEntry | CorpusError | undefined>,
): Promise<void> => {
  const reply = await opts.pool.parseBatch(
    batch.map((b) => b.item),
    opts.maxBytes,
    known,
    opts.onPages,
  );
  if ('failed' in reply) {
    if (batch.length === 1) {
      results[batch[0]!.index] = { file: batch[0]!.item.file, message: reply.failed, problem: reply.problem };
      opts.onFile?.(batch[0]!.item.file);
      return;
    }
    for (const one of batch) await runBatch([one], known, opts, out, results);
    return;
  }
  if (reply.shard) out.shards.push(reply.shard);
  const loaded: LoadedBatch = { entries: [], shard: reply.shard, copies: [], fromStore: false };
  reply.results.forEach((r, k) => {
    const { index, item } = batch[k]!;
    if (r.stamp) out.stamps.set(item.file, r.stamp);
    if (r.ok === 'known') {
      const same = opts.known!.get(r.stamp.hash)!;
      const copy = { ...same, file: item.file };
      results[index] = copy;
      out.fromCache++;
      out.indexed++;
      out.copies.push({ file: item.file, hash: r.stamp.hash });
      loaded.entries.push(copy);
      loaded.copies.push({ file: item.file, hash: r.stamp.hash });
    } else if (r.ok) {
      out.parsed++;
      results[index] = r.entry;
      loaded.entries.push(r.entry);
      if (r.letter) opts.onLetter?.(r.letter);
      out.indexed++;
    } else {
      if (r.stamp) out.parsed++;
      results[index] = { file: item.file, message: r.message, problem: r.problem };
    }
    opts.onFile?.(item.file);
  });
  if (loaded.entries.length > 0) await opts.onBatch?.(loaded);
};
