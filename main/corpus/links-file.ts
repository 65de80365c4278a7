import { readFile } from 'node:fs/promises';

import type { CorpusError, Letter } from '../../app/corpus/types';
import type { LetterEntry } from '../../app/search/letter-entry';
import { type LinkDiff, linkDiff, linkedOf } from '../../app/search/stored-links';

/** Letters per line of the links file: each line is parsed (or written) in one go. */
const CHUNK = 1000;
const FORMAT = 'dossier-links';
/** 2: targets and citedBy name letters by their number in the store's entries (1: by file, 23.7 MB at 100,000 letters). */
const VERSION = 2;
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
 * A LinkDiff as stored: each letter in `targets` and `citedBy` as its number in the store's
 * entries (a file that is not among them, which linking never gives, stays its name).
 */
const numbered = (diff: LinkDiff, number: Map<string, number>): unknown => {
  const { targets, citedBy } = diff;
  const of = (file: string | null): string | number | null => (file === null ? null : (number.get(file) ?? file));
  return { ...diff, ...(targets ? { targets: targets.map(of) } : {}), ...(citedBy ? { citedBy: citedBy.map(of) } : {}) };
};

/**
 * The inverse of `numbered`: numbers in `targets` and `citedBy` back to the files of `entries`.
 * Anything else is left as it is for linkedOf to judge; a number that is not an entry's throws.
 */
const named = (diff: unknown, entries: LetterEntry[]): unknown => {
  if (typeof diff !== 'object' || diff === null) return diff;
  const { targets, citedBy } = diff as { targets?: unknown; citedBy?: unknown };
  if (targets === undefined && citedBy === undefined) return diff;
  const of = (x: unknown): unknown => {
    if (typeof x !== 'number') return x;
    const entry = entries[x];
    if (!entry) throw new Error('geen koppeling');
    return entry.file;
  };
  return {
    ...diff,
    ...(Array.isArray(targets) ? { targets: targets.map(of) } : {}),
    ...(Array.isArray(citedBy) ? { citedBy: citedBy.map(of) } : {}),
  };
};

/**
 * The links file's text, as lines (JSON Lines, UTF-8): the header (LinksHeader), then one JSON
 * array of LinkDiff per CHUNK entries, in the entries' order, letters named by their number in
 * `entries` (see `numbered`). `linked` gives each entry's linked skeleton (OpenCorpus.linked); an
 * entry without one is stored as untouched (`{}`).
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
  const number = new Map(entries.map((e, i) => [e.file, i]));
  await nextTurn();
  for (let i = 0; i < entries.length; i += CHUNK) {
    const diffs = entries.slice(i, i + CHUNK).map((e) => {
      const l = linked.get(e.file);
      return l ? numbered(linkDiff(e, l), number) : {};
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
        letters.set(entry.file, linkedOf(entry, named(diff, entries)));
      }
    }
    return { letters, sidecarError: error ?? null };
  } catch {
    return undefined;
  }
};
