import { readFile } from 'node:fs/promises';

import type { CorpusError, Letter } from '../../app/corpus/types';
import type { LetterEntry } from '../../app/search/letter-entry';
import { linkDiff, linkedOf } from '../../app/search/stored-links';

/** Letters per line of the links file: each line is parsed (or written) in one go. */
const CHUNK = 1000;
const FORMAT = 'dossier-links';
const VERSION = 1;
/** A turn for the event loop between lines (a large corpus has a hundred of them). */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * The first line of a links file: what the links were made from. `store` is the id of the store
 * file whose entries they follow, in its order (StoredCorpus.id: a store written anew has a new
 * one), `sidecar` the sidecar's identity (SidecarStore.identity), `sidecarError` the sidecar
 * problem listed with those links.
 */
interface LinksHeader {
  format: typeof FORMAT;
  version: typeof VERSION;
  store: string;
  sidecar: string;
  count: number;
  sidecarError: CorpusError | null;
}

/** Stored links read back: the linked skeleton of each stored letter, and the sidecar's problem then. */
export interface StoredLinks {
  letters: Map<string, Letter>;
  sidecarError: CorpusError | null;
}

/**
 * The links file's text, as lines (JSON Lines, UTF-8): the header (LinksHeader), then one JSON
 * array of LinkDiff per CHUNK entries, in the entries' order. `linked` gives each entry's linked
 * skeleton (OpenCorpus.linked); an entry without one is stored as untouched (`{}`).
 */
export async function* encodeLinks(
  store: string,
  entries: LetterEntry[],
  linked: Map<string, Letter>,
  sidecar: string,
  sidecarError: CorpusError | null,
): AsyncGenerator<string> {
  const header: LinksHeader = {
    format: FORMAT,
    version: VERSION,
    store,
    sidecar,
    count: entries.length,
    sidecarError,
  };
  yield `${JSON.stringify(header)}\n`;
  for (let i = 0; i < entries.length; i += CHUNK) {
    const diffs = entries.slice(i, i + CHUNK).map((e) => {
      const l = linked.get(e.file);
      return l ? linkDiff(e, l) : {};
    });
    yield `${JSON.stringify(diffs)}\n`;
    await nextTurn();
  }
}

/**
 * Reads the links file at `path` for the store `store` with `entries` (in its order) and the
 * sidecar `sidecar` (its identity now): undefined when the file is absent, not a links file, made
 * for another store or another sidecar, truncated or damaged in any way (never trusted; the corpus is
 * linked anew). Parses a line at a time, with a turn for the event loop in between.
 */
export const readLinks = async (path: string, store: string, entries: LetterEntry[], sidecar: string): Promise<StoredLinks | undefined> => {
  try {
    const lines = (await readFile(path)).toString('utf8').split('\n');
    const header = JSON.parse(lines[0]!) as Partial<LinksHeader> | null;
    if (header?.format !== FORMAT || header.version !== VERSION || header.store !== store || header.sidecar !== sidecar) return undefined;
    if (header.count !== entries.length || lines.length !== Math.ceil(entries.length / CHUNK) + 2 || lines.at(-1) !== '') return undefined;
    const error = header.sidecarError;
    if (error !== null && (typeof error !== 'object' || typeof error?.file !== 'string' || typeof error.message !== 'string')) {
      return undefined;
    }
    const letters = new Map<string, Letter>();
    for (let line = 1, i = 0; i < entries.length; line++) {
      await nextTurn();
      const diffs = JSON.parse(lines[line]!) as unknown;
      if (!Array.isArray(diffs) || diffs.length !== Math.min(CHUNK, entries.length - i)) return undefined;
      for (const diff of diffs) {
        const entry = entries[i++]!;
        letters.set(entry.file, linkedOf(entry, diff));
      }
    }
    return { letters, sidecarError: error ?? null };
  } catch {
    return undefined;
  }
};
