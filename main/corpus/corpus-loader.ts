import { stat } from 'node:fs/promises';

import type { CorpusError, Letter } from '../../app/corpus/types';
import type { FileStamp, LetterCache } from './letter-cache';
import type { LetterLocation } from './letter-file';
import { readLetterFile } from './letter-file';
import type { WorkerPool } from './worker-pool';

export interface LoadOptions {
  cache: LetterCache;
  pool: WorkerPool;
  /** Stamps from the last load of this corpus: unchanged size+mtime means the cached hash holds. */
  stamps: Map<string, FileStamp>;
  maxBytes: number;
  onFile?: (file: string) => void;
}

export interface LoadOutcome {
  letters: Letter[];
  errors: CorpusError[];
  stamps: Map<string, FileStamp>;
  /** How many files went through the parser (the rest came from the cache). */
  parsed: number;
  fromCache: number;
}

/** File reads in flight at once: enough to keep both parse workers busy without flooding memory. */
const CONCURRENCY = 16;

/**
 * Loads letter files: from the cache when the stamp or the content hash is known, otherwise read,
 * hashed and parsed in the worker pool and stored in the cache. Every failure is per file.
 */
export const loadLetters = async (locations: LetterLocation[], opts: LoadOptions): Promise<LoadOutcome> => {
  const out: LoadOutcome = { letters: [], errors: [], stamps: new Map(), parsed: 0, fromCache: 0 };
  const results: Array<Letter | CorpusError | undefined> = new Array(locations.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < locations.length) {
      const i = next++;
      const loc = locations[i]!;
      results[i] = await loadOne(loc, opts, out);
      opts.onFile?.(loc.file);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, locations.length) }, worker));
  // Keep the input order (sorted paths), whatever order the files finished in.
  for (const r of results) {
    if (!r) continue;
    if ('blocks' in r) out.letters.push(r);
    else out.errors.push(r);
  }
  return out;
};

const loadOne = async (loc: LetterLocation, opts: LoadOptions, out: LoadOutcome): Promise<Letter | CorpusError> => {
  const known = opts.stamps.get(loc.file);
  if (known) {
    const info = await stat(loc.path).catch(() => undefined);
    if (info && info.size === known.size && info.mtimeMs === known.mtimeMs) {
      const cached = await opts.cache.get(known.hash, loc.file);
      if (cached) {
        out.fromCache++;
        out.stamps.set(loc.file, known);
        return cached;
      }
    }
  }
  const read = await readLetterFile(loc, opts.maxBytes);
  if ('message' in read) return read;
  out.stamps.set(loc.file, { size: read.size, mtimeMs: read.mtimeMs, hash: read.hash });
  const cached = await opts.cache.get(read.hash, loc.file);
  if (cached) {
    out.fromCache++;
    return cached;
  }
  const parsed = await opts.pool.parse(loc.file, read.bytes, read.hash);
  out.parsed++;
  if (!parsed.ok) return { file: loc.file, message: parsed.message };
  await opts.cache.put(parsed.letter).catch(() => undefined);
  return parsed.letter;
};
