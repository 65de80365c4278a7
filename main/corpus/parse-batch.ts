import { type ShardData, ShardBuilder, shardTransfer } from './index-shard';
import { type LetterEntry, toEntry } from './letter-entry';
import { parseLetterBytes } from './parse-bytes';

export interface BatchItem {
  file: string;
  bytes: Uint8Array;
  hash: string;
}

/** A batch of letters for one worker to parse and index. */
export interface BatchTask {
  id: number;
  kind: 'batch';
  items: BatchItem[];
}

export type BatchResult = { ok: true; entry: LetterEntry } | { ok: false; message: string };

export interface BatchReply {
  id: number;
  kind: 'batch';
  /** One result per item, in order. */
  results: BatchResult[];
  /** The index shard of the letters that parsed; null when none did. */
  shard: ShardData | null;
}

/**
 * Runs a batch inside a parse worker, so that parsing and indexing happen off the main thread,
 * which receives only the letters' entries and a ready index shard. Full letters are not sent
 * back: `CorpusService.letter` reads (or parses) one when it is asked for.
 */
export const runBatch = (task: BatchTask): BatchReply => {
  const builder = new ShardBuilder();
  const results = task.items.map((item): BatchResult => {
    const parsed = parseLetterBytes(item.file, item.bytes, item.hash);
    if (!parsed.ok) return parsed;
    builder.add(parsed.letter);
    return { ok: true, entry: toEntry(parsed.letter) };
  });
  return { id: task.id, kind: 'batch', results, shard: builder.size > 0 ? builder.build() : null };
};

/** The buffers a batch reply hands over (postMessage's transfer list): the shard's arrays. */
export const batchTransfer = (reply: BatchReply): ArrayBuffer[] => (reply.shard ? shardTransfer(reply.shard) : []);
