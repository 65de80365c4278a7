import { readFile } from 'node:fs/promises';

import type { CorpusError, Letter } from '../../app/corpus/types';
import type { LetterEntry } from '../../app/search/letter-entry';
import { linkedOfTable, linkTable } from '../../app/search/link-table';
import { linkDiff } from '../../app/search/stored-links';
import type { SidecarMade } from './sidecar-store';

/** Letters per chunk of the links file: each chunk is parsed (or written) in one go. */
const CHUNK = 1000;
const FORMAT = 'dossier-links';
/**
 * 3: each chunk a LinkTable (app/search/link-table.ts: strings and u32 numbers; v2 at 100,000
 * letters: 21 MB of JSON Lines, ~0.5 s to read); 2: JSON Lines, letters by their number in the
 * store's entries; 1: by file, 23.7 MB.
 */
const VERSION = 3;
/** A turn for the event loop between chunks (a large corpus has a hundred of them). */
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
  /** The sidecar's size and modification time behind `sidecar` (SidecarStore.stamp); absent in files written before. */
  sidecarStamp?: string;
  count: number;
  sidecarError: CorpusError | null;
}

/** Stored links read back: the linked skeleton of each stored letter, and the sidecar's problem then. */
export interface StoredLinks {
  letters: Map<string, Letter>;
  sidecarError: CorpusError | null;
}

/** Bytes of a chunk's prefix: u32 length of its strings (JSON, UTF-8), u32 count of its numbers. */
const PREFIX = 8;
const pad4 = (n: number): number => (n + 3) & ~3;

/**
 * The links file's parts: the header (LinksHeader) as a JSON line, then per CHUNK entries, in the
 * entries' order, a LinkTable (app/search/link-table.ts) as bytes: u32 length of its strings, u32
 * count of its numbers, the strings as a JSON array (UTF-8) padded to 4 bytes, the numbers (u32,
 * little-endian). `linked` gives each entry's linked skeleton (OpenCorpus.linked); an entry without
 * one is stored as untouched.
 */
export async function* encodeLinks(
  store: string,
  entries: LetterEntry[],
  linked: Map<string, Letter>,
  sidecar: string,
  sidecarError: CorpusError | null,
  sidecarStamp?: string,
): AsyncGenerator<string | Uint8Array> {
  const header: LinksHeader = {
    format: FORMAT,
    version: VERSION,
    store,
    sidecar,
    ...(sidecarStamp === undefined ? {} : { sidecarStamp }),
    count: entries.length,
    sidecarError,
  };
  yield `${JSON.stringify(header)}\n`;
  const number = new Map(entries.map((e, i) => [e.file, i]));
  await nextTurn();
  for (let i = 0; i < entries.length; i += CHUNK) {
    const diffs = entries.slice(i, i + CHUNK).map((e) => {
      const l = linked.get(e.file);
      return l ? linkDiff(e, l) : {};
    });
    const { strings, numbers } = linkTable(diffs, number);
    const text = Buffer.from(JSON.stringify(strings), 'utf8');
    const prefix = new Uint32Array([text.byteLength, numbers.length]);
    yield new Uint8Array(prefix.buffer);
    yield text;
    yield new Uint8Array(pad4(text.byteLength) - text.byteLength);
    yield new Uint8Array(numbers.buffer, numbers.byteOffset, numbers.byteLength);
    await nextTurn();
  }
}

/**
 * Reads the links file at `path` for the store `store` with `entries` (in its order) and the
 * sidecar `sidecar` (its identity now, or a function giving it from what the links were made
 * with, SidecarStore.identityFor): undefined when the file is absent, not a links file of
 * this version, made for another store or another sidecar, truncated or damaged in any way (never
 * trusted; the corpus is linked anew). Parses a chunk at a time, with a turn for the event loop in
 * between.
 */
export const readLinks = async (
  path: string,
  store: string,
  entries: LetterEntry[],
  sidecar: string | ((made: SidecarMade) => Promise<string>),
): Promise<StoredLinks | undefined> => {
  try {
    const bytes = await readFile(path);
    const eol = bytes.indexOf(10);
    if (eol < 0) return undefined;
    const header = JSON.parse(bytes.toString('utf8', 0, eol)) as Partial<LinksHeader> | null;
    if (header?.format !== FORMAT || header.version !== VERSION || header.store !== store || typeof header.sidecar !== 'string')
      return undefined;
    const stamp = typeof header.sidecarStamp === 'string' ? header.sidecarStamp : undefined;
    const now = typeof sidecar === 'string' ? sidecar : await sidecar({ identity: header.sidecar, stamp });
    if (header.sidecar !== now) return undefined;
    if (header.count !== entries.length) return undefined;
    const error = header.sidecarError;
    if (error !== null && (typeof error !== 'object' || typeof error?.file !== 'string' || typeof error.message !== 'string')) {
      return undefined;
    }
    const letters = new Map<string, Letter>();
    let at = eol + 1;
    for (let i = 0; i < entries.length; i += CHUNK) {
      await nextTurn();
      if (at + PREFIX > bytes.byteLength) return undefined;
      const textLength = bytes.readUInt32LE(at);
      const count = bytes.readUInt32LE(at + 4);
      const numbersAt = at + PREFIX + pad4(textLength);
      const end = numbersAt + count * 4;
      if (end > bytes.byteLength) return undefined;
      const strings = JSON.parse(bytes.toString('utf8', at + PREFIX, at + PREFIX + textLength)) as unknown;
      // A copy: the file's bytes need not be 4-aligned for a Uint32Array view.
      const numbers = new Uint32Array(bytes.buffer.slice(bytes.byteOffset + numbersAt, bytes.byteOffset + end));
      const chunk = Math.min(CHUNK, entries.length - i);
      linkedOfTable(strings, numbers, entries, i, chunk).forEach((letter, k) => letters.set(entries[i + k]!.file, letter));
      at = end;
    }
    return at === bytes.byteLength ? { letters, sidecarError: error ?? null } : undefined;
  } catch {
    return undefined;
  }
};
