import { stat } from 'node:fs/promises';

import type { CorpusError } from '../../app/corpus/types';
import type { ShardData } from './index-shard';
import type { FileStamp } from './letter-cache';
import type { LetterEntry } from './letter-entry';
import type { LetterLocation } from './letter-file';
import { readLetterFile } from './letter-file';
import type { BatchItem } from './parse-batch';
import type { WorkerPool } from './worker-pool';

export interface LoadOptions {
  pool: WorkerPool;
  /** Stamps from the last load of this corpus: unchanged size+mtime means the cached hash holds. */
  stamps: Map<string, FileStamp>;
  /** Entries already indexed in the warm-start store (by file): such letters need no work at all. */
  stored: Map<string, LetterEntry>;
  /**
   * Indexed letters by content hash: a file with such content (a copy, a rename) takes that
   * letter's entry and indexed documents instead of being parsed (see LoadOutcome.copies).
   */
  known?: Map<string, LetterEntry>;
  maxBytes: number;
  onFile?: (file: string) => void;
  /** Letters per worker batch; by default an eighth of the files, at most MAX_BATCH. */
  batchSize?: number;
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

/** File reads in flight at once. */
const CONCURRENCY = 16;
/** Letters per worker batch at most: one index shard each, so fewer, larger shards are cheaper to search. */
const MAX_BATCH = 200;

/**
 * Loads letter files: from the warm-start store when the stamp is unchanged; otherwise read and
 * hashed, taken over from an indexed letter with the same content, or sent in batches to the
 * worker pool, which parses and indexes them. A batch that times out or crashes is retried letter
 * by letter, so one bad file only fails itself. Every failure is per file.
 */
export const loadLetters = async (locations: LetterLocation[], opts: LoadOptions): Promise<LoadOutcome> => {
  const out: LoadOutcome = { entries: [], errors: [], stamps: new Map(), parsed: 0, fromCache: 0, shards: [], indexed: 0, copies: [] };
  const results: Array<LetterEntry | CorpusError | undefined> = new Array(locations.length);
  const batchSize = opts.batchSize ?? Math.max(1, Math.min(MAX_BATCH, Math.ceil(locations.length / 8)));
  let pending: Array<{ index: number; item: BatchItem }> = [];
  const inflight = new Set<Promise<void>>();
  const dispatch = (): void => {
    const batch = pending;
    pending = [];
    const run = runBatch(batch, opts, out, results).finally(() => inflight.delete(run));
    inflight.add(run);
  };
  let next = 0;
  const reader = async (): Promise<void> => {
    while (next < locations.length) {
      const i = next++;
      const loc = locations[i]!;
      const stored = await fromStore(loc, opts);
      if (stored) {
        out.fromCache++;
        out.stamps.set(loc.file, opts.stamps.get(loc.file)!);
        results[i] = stored;
        opts.onFile?.(loc.file);
        continue;
      }
      const read = await readLetterFile(loc, opts.maxBytes);
      if ('message' in read) {
        results[i] = read;
        opts.onFile?.(loc.file);
        continue;
      }
      out.stamps.set(loc.file, { size: read.size, mtimeMs: read.mtimeMs, hash: read.hash });
      const same = opts.known?.get(read.hash);
      if (same) {
        results[i] = { ...same, file: loc.file };
        out.fromCache++;
        out.indexed++;
        out.copies.push({ file: loc.file, hash: read.hash });
        opts.onFile?.(loc.file);
        continue;
      }
      pending.push({ index: i, item: { file: loc.file, bytes: read.bytes, hash: read.hash } });
      if (pending.length >= batchSize) dispatch();
      // Keep the workers fed without holding the whole corpus's bytes in memory.
      while (inflight.size >= 4) await Promise.race(inflight);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, locations.length) }, reader));
  if (pending.length > 0) dispatch();
  while (inflight.size > 0) await Promise.race(inflight);
  // Keep the input order (sorted paths), whatever order the files finished in.
  for (const r of results) {
    if (!r) continue;
    if ('hash' in r) out.entries.push(r);
    else out.errors.push(r);
  }
  return out;
};

/** The stored entry when the file's stamp is unchanged and the store indexed that content. */
const fromStore = async (loc: LetterLocation, opts: LoadOptions): Promise<LetterEntry | undefined> => {
  const known = opts.stamps.get(loc.file);
  const entry = opts.stored.get(loc.file);
  if (!known || !entry || entry.hash !== known.hash) return undefined;
  const info = await stat(loc.path).catch(() => undefined);
  return info && info.size === known.size && info.mtimeMs === known.mtimeMs ? entry : undefined;
};

const runBatch = async (
  batch: Array<{ index: number; item: BatchItem }>,
  opts: LoadOptions,
  out: LoadOutcome,
  results: Array<LetterEntry | CorpusError | undefined>,
): Promise<void> => {
  const reply = await opts.pool.parseBatch(batch.map((b) => b.item));
  if ('failed' in reply) {
    if (batch.length === 1) {
      results[batch[0]!.index] = { file: batch[0]!.item.file, message: reply.failed };
      opts.onFile?.(batch[0]!.item.file);
      return;
    }
    for (const one of batch) await runBatch([one], opts, out, results);
    return;
  }
  if (reply.shard) out.shards.push(reply.shard);
  reply.results.forEach((r, k) => {
    const { index, item } = batch[k]!;
    out.parsed++;
    if (r.ok) {
      results[index] = r.entry;
      out.indexed++;
    } else {
      results[index] = { file: item.file, message: r.message };
    }
    opts.onFile?.(item.file);
  });
};
