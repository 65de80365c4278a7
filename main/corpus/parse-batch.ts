import type { Letter } from '../../app/corpus/types';
import type { Message } from '../../app/ipc/messages';
import { ShardBuilder, type ShardData, shardTransfer } from '../../app/search/index-shard';
import { type LetterEntry, toEntry } from '../../app/search/letter-entry';
import type { FileStamp } from './letter-cache';
import { isPdfPath, type LetterLocation, readLetterFileSync } from './letter-file';
import { parseLetterBytesAsync } from './parse-bytes';

/** A letter file for a worker to read: its corpus key and its path on disk. */
export type BatchItem = LetterLocation;

/** A batch of letter files for one worker to read, parse and index. */
export interface BatchTask {
  id: number;
  kind: 'batch';
  items: BatchItem[];
  /** The size cap per file, in bytes. */
  maxBytes: number;
  /**
   * Content hashes of letters main has indexed already: a file with such content (a copy, a
   * rename) is read and hashed but not parsed; main takes that letter's entry over.
   */
  known: string[];
}

export type BatchResult =
  /** Read, parsed and indexed; a PDF's full letter comes along (main cannot re-parse it synchronously). */
  | { ok: true; entry: LetterEntry; stamp: FileStamp; letter?: Letter }
  /** Read; its content is a known letter's (see BatchTask.known). */
  | { ok: 'known'; stamp: FileStamp }
  /** Not readable (no stamp), or read but not parseable: the keyed problem and its Dutch text. */
  | { ok: false; message: string; problem?: Message; stamp?: FileStamp };

/** Pages a PDF's decoding reports between two progress messages. */
export const PDF_PROGRESS_PAGES = 25;

/**
 * Sent by a worker while it decodes a long PDF, every PDF_PROGRESS_PAGES pages: the batch is
 * alive (the pool restarts its time limit) and main can show how far the file is.
 */
export interface BatchPages {
  id: number;
  kind: 'pages';
  file: string;
  done: number;
  total: number;
}

export interface BatchReply {
  id: number;
  kind: 'batch';
  /** One result per item, in order. */
  results: BatchResult[];
  /** The index shard of the letters that parsed; null when none did. */
  shard: ShardData | null;
}

/**
 * Runs a batch inside a parse worker, so that reading, hashing, parsing and indexing all happen off
 * the main thread, which sends file paths and receives only the letters' entries, their file stamps
 * and a ready index shard. Full letters are not sent back: `CorpusService.letter` reads (or parses)
 * one when it is asked for; only a native PDF's letter comes along, for main to cache, as main
 * cannot decode a PDF synchronously.
 */
export const runBatch = async (task: BatchTask, onPages?: (message: BatchPages) => void): Promise<BatchReply> => {
  const builder = new ShardBuilder();
  const known = new Set(task.known);
  const results: BatchResult[] = [];
  for (const item of task.items) {
    const onPage = (done: number, total: number) => {
      if (done % PDF_PROGRESS_PAGES === 0 && done < total) onPages?.({ id: task.id, kind: 'pages', file: item.file, done, total });
    };
    results.push(await runItem(item, task, known, builder, onPage));
  }
  return { id: task.id, kind: 'batch', results, shard: builder.size > 0 ? builder.build() : null };
};

const runItem = async (
  item: BatchItem,
  task: BatchTask,
  known: Set<string>,
  builder: ShardBuilder,
  onPage: (done: number, total: number) => void,
): Promise<BatchResult> => {
  const read = readLetterFileSync(item, task.maxBytes);
  if ('message' in read) return { ok: false, message: read.message, problem: read.problem };
  const stamp = { size: read.size, mtimeMs: read.mtimeMs, hash: read.hash };
  if (known.has(read.hash)) return { ok: 'known', stamp };
  const parsed = await parseLetterBytesAsync(item.file, read.bytes, read.hash, onPage);
  if (!parsed.ok) return { ok: false, message: parsed.message, problem: parsed.problem, stamp };
  builder.add(parsed.letter);
  const entry = toEntry(parsed.letter);
  return isPdfPath(item.file) ? { ok: true, entry, stamp, letter: parsed.letter } : { ok: true, entry, stamp };
};

/** The buffers a batch reply hands over (postMessage's transfer list): the shard's arrays. */
export const batchTransfer = (reply: BatchReply): ArrayBuffer[] => (reply.shard ? shardTransfer(reply.shard) : []);
