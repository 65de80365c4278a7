import type { AsPlainObject } from 'minisearch';

/** A search document without its text (the text is taken from the cached letters on restore). */
export type SnapshotDoc = [file: string, block: string, footnote: string | null] | null;

/**
 * The search index as stored between runs (MiniSearch `toJSON`), with the document table and
 * the content hash each letter had when indexed, so a warm start re-indexes only what changed.
 */
export interface IndexSnapshot {
  version: 1;
  docs: SnapshotDoc[];
  hashes: Array<[file: string, hash: string]>;
  index: AsPlainObject;
}
