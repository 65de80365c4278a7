import { entriesOfTable, entryTable } from './entry-table';
import { type DiskSection, sectionBytes, type ShardData } from './index-shard';
import type { LetterEntry } from './letter-entry';
import { PackedTerms, termStarts } from './term-list';
import { utf8Decoder, utf8Encoder } from './utf8';

/**
 * The warm-start file of one corpus: the letters' entries and the search index shards in one
 * binary file, so a warm start reads one file and makes typed-array views on it instead of
 * reading every cached letter and parsing a JSON index. Layout (little-endian): sections, each
 * padded to 8 bytes — first the entries (EntryTable chunks, entry-table.ts) and every shard's term dictionary and per-document arrays
 * (the head), then all shards' postings and document texts (the tail) — then the header JSON
 * listing them as [offset, length], then a 16-byte trailer: `DSX5`, u32 header offset, u32 header
 * length, u32 zero. The header is small (offsets only): a shard's files, hashes, terms and
 * footnote ids are sections of strings joined by U+0000, split when read (a JSON header holding
 * the 200,000 file names and hashes of 100,000 letters took ~0.3 s to parse). A warm start reads only the head (about a tenth of the file at 10,000
 * letters); the tail stays on disk and a search reads the postings and texts it needs by position
 * (ShardDisk). The header comes last so the file can be written section by section.
 */
export interface StoredCorpus {
  entries: LetterEntry[];
  shards: Array<{ data: ShardData; dead: Uint8Array<ArrayBufferLike> }>;
  /**
   * Names this store file (random, given when it is written; absent in files written before):
   * what is kept beside it for its entries (the links file) says which store it was made for.
   */
  id?: string;
  /** Releases the file the shards' tails are read from (a store read from disk); not needed by a written one. */
  close?: () => void;
}

const MAGIC = 0x35585344; // "DSX5" (DSX4 kept entries as JSON objects and files and hashes in the JSON header; DSX3 the postings in the head)
/** Entries per EntryTable (two sections): each is parsed (or serialised) in one go. */
const ENTRY_CHUNK = 1000;
/** The shard arrays in the head, read at a warm start. */
const ARRAYS = ['termStart', 'docLetter', 'docBlock', 'docLen', 'textStart'] as const;
type ArrayName = (typeof ARRAYS)[number];
/** The shard sections in the tail, left on disk by a warm start. */
const TAIL: DiskSection[] = ['postDoc', 'postTf', 'text'];
const KINDS: Record<ArrayName, typeof Uint32Array | typeof Uint16Array> = {
  termStart: Uint32Array,
  docLetter: Uint32Array,
  docBlock: Uint32Array,
  docLen: Uint16Array,
  textStart: Uint32Array,
};
/** Separates strings in a section; corpus keys, terms and footnote ids never contain it. */
const SEP = '\u0000';

interface ShardHeader {
  sections: Record<ArrayName | DiskSection | 'files' | 'hashes' | 'terms' | 'notes' | 'labels' | 'dead', [number, number]>;
}

const pad8 = (n: number): number => (n + 7) & ~7;

export interface StoreHeader {
  /** StoredCorpus.id */
  id?: string;
  /** Per chunk of ENTRY_CHUNK entries, its EntryTable: `strings` (JSON) and `numbers` (u32) sections. */
  entries: Array<{ strings: [number, number]; numbers: [number, number] }>;
  shards: ShardHeader[];
}

/** Serialises the corpus lazily: the buffers to write, in order, one section at a time. */
export function* encodeStore(store: StoredCorpus): Generator<Uint8Array> {
  const encoder = utf8Encoder();
  let offset = 0;
  let pending: Uint8Array[] = [];
  const add = (bytes: Uint8Array): [number, number] => {
    const at = offset;
    const gap = pad8(bytes.byteLength) - bytes.byteLength;
    pending.push(bytes);
    if (gap > 0) pending.push(new Uint8Array(gap));
    offset += bytes.byteLength + gap;
    return [at, bytes.byteLength];
  };
  const flush = function* (): Generator<Uint8Array> {
    yield* pending;
    pending = [];
  };
  const header: StoreHeader = { ...(store.id ? { id: store.id } : {}), entries: [], shards: [] };
  for (let i = 0; i < store.entries.length; i += ENTRY_CHUNK) {
    const { strings, numbers } = entryTable(store.entries.slice(i, i + ENTRY_CHUNK));
    header.entries.push({
      strings: add(encoder.encode(JSON.stringify(strings))),
      numbers: add(new Uint8Array(numbers.buffer, numbers.byteOffset, numbers.byteLength)),
    });
    yield* flush();
  }
  for (const { data, dead } of store.shards) {
    const sections = {} as ShardHeader['sections'];
    for (const name of ARRAYS) {
      const a = data[name];
      sections[name] = add(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    }
    sections.files = add(encoder.encode(data.files.join(SEP)));
    sections.hashes = add(encoder.encode(data.hashes.join(SEP)));
    // A stored dictionary is written as it was read (not split for it).
    sections.terms = add(data.packedTerms?.bytes ?? encoder.encode(data.terms.join(SEP)));
    sections.notes = add(encoder.encode(data.docNote.join(SEP)));
    sections.labels = add(encoder.encode((data.docLabel ?? data.docNote.map(() => '')).join(SEP)));
    sections.dead = add(Uint8Array.from(dead));
    header.shards.push({ sections });
    yield* flush();
  }
  // The tail, shard by shard: a stored shard's sections are read from the old file one at a time.
  for (const [i, { data }] of store.shards.entries()) {
    for (const name of TAIL) header.shards[i]!.sections[name] = add(sectionBytes(data, name));
    yield* flush();
  }
  const [at, length] = add(encoder.encode(JSON.stringify(header)));
  yield* flush();
  const trailer = new Uint8Array(16);
  const view = new DataView(trailer.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, at, true);
  view.setUint32(8, length, true);
  yield trailer;
}

/**
 * Gives the event loop a turn (between sections of a large store); main passes one built on
 * `setImmediate`. app/ has no timers of its own, so the caller supplies it.
 */
export type Breathe = () => Promise<void>;

/** Where the header is, from the file's last 16 bytes. Throws when they are not a store's trailer. */
export const readTrailer = (trailer: Uint8Array): { at: number; length: number } => {
  const view = new DataView(trailer.buffer, trailer.byteOffset, trailer.byteLength);
  if (trailer.byteLength !== 16 || view.getUint32(0, true) !== MAGIC) throw new Error('geen indexbestand');
  return { at: view.getUint32(4, true), length: view.getUint32(8, true) };
};

export const parseHeader = (bytes: Uint8Array): StoreHeader => JSON.parse(utf8Decoder().decode(bytes)) as StoreHeader;

/** The byte range of the tail (postings and texts; it ends where the header starts): [from, to). */
export const tailRange = (header: StoreHeader, headerAt: number): [number, number] => [
  header.shards.length === 0 ? headerAt : Math.min(...header.shards.map((h) => h.sections.postDoc[0])),
  headerAt,
];

/** Where a stored shard's tail sections are in the file: [offset, length] each. */
export type TailSections = Record<DiskSection, [number, number]>;

/**
 * Gives a stored shard its tail: either views on bytes in memory (decodeStore) or a ShardDisk
 * with empty arrays (a warm start, main/corpus/letter-cache.ts). Called once the sections are
 * known to lie inside the tail.
 */
export type TailOf = (sections: TailSections) => Pick<ShardData, 'postDoc' | 'postTf' | 'text' | 'disk'>;

/**
 * Builds the stored corpus from its parts: `head` holds the file's bytes before the tail
 * ([tailFrom, tailTo) in the file), `tailOf` gives each shard its postings and texts. Typed arrays
 * are views (no copies). Parses one section at a time, awaiting `breathe` in between, so a large
 * store never holds the event loop for long. Throws when a range is outside its part.
 */
export const decodeParts = async (
  head: Uint8Array,
  header: StoreHeader,
  [tailFrom, tailTo]: [number, number],
  breathe: Breathe,
  tailOf: TailOf,
): Promise<StoredCorpus> => {
  const buf = head.byteOffset % 8 === 0 ? head : head.slice();
  const decoder = utf8Decoder();
  const slice = ([at, length]: [number, number]): Uint8Array => {
    if (at + length > buf.byteLength) throw new Error('indexbestand is afgebroken');
    return buf.subarray(at, at + length);
  };
  const entries: LetterEntry[] = [];
  for (const chunk of header.entries) {
    const numbers = slice(chunk.numbers);
    if (numbers.byteLength % 4 !== 0) throw new Error('indexbestand is afgebroken');
    const table = new Uint32Array(buf.buffer as ArrayBuffer, numbers.byteOffset, numbers.byteLength / 4);
    for (const entry of entriesOfTable(JSON.parse(decoder.decode(slice(chunk.strings))), table)) entries.push(entry);
    await breathe();
  }
  const strings = (range: [number, number], count: number): string[] => (count === 0 ? [] : decoder.decode(slice(range)).split(SEP));
  const shards: StoredCorpus['shards'] = [];
  for (const h of header.shards) {
    const arrays = {} as Record<ArrayName, Uint32Array | Uint16Array>;
    for (const name of ARRAYS) {
      const bytes = slice(h.sections[name]);
      const Kind = KINDS[name];
      arrays[name] = new Kind(buf.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength / Kind.BYTES_PER_ELEMENT);
    }
    const tail = {} as TailSections;
    for (const name of TAIL) {
      const [at, length] = h.sections[name];
      if (at < tailFrom || at + length > tailTo) throw new Error('indexbestand is afgebroken');
      tail[name] = [at, length];
    }
    const docs = arrays.docLen.length;
    const postings = arrays.termStart[arrays.termStart.length - 1] ?? 0;
    const dead = slice(h.sections.dead); // a byte per letter
    const files = strings(h.sections.files, dead.length);
    const hashes = strings(h.sections.hashes, dead.length);
    // The head's arrays must agree with the tail they point into.
    if (tail.postDoc[1] !== postings * 4 || tail.postTf[1] !== postings * 2 || arrays.textStart[docs] !== tail.text[1]) {
      throw new Error('indexbestand is afgebroken');
    }
    if (hashes.length !== files.length || dead.length !== files.length) throw new Error('indexbestand is afgebroken');
    // The term dictionary (millions of terms over 500 shards at 100,000 letters) stays as stored:
    // a search compares its bytes (PackedTerms); where each term starts is found now, so a
    // dictionary that does not hold as many terms is no store. `terms` is split only when read.
    const terms = slice(h.sections.terms);
    const termCount = arrays.termStart.length - 1;
    const starts = termStarts(terms, termCount);
    if (!starts) throw new Error('indexbestand is afgebroken');
    const data = { files, hashes, ...arrays, ...tailOf(tail) } as ShardData;
    data.packedTerms = new PackedTerms(terms, starts);
    lazyStrings(data, 'terms', terms, termCount);
    // Footnote ids and labels (one per document, millions at 100,000 letters) are only needed to
    // show a hit: split on first use.
    lazyStrings(data, 'docNote', slice(h.sections.notes), docs);
    lazyStrings(data, 'docLabel', slice(h.sections.labels), docs);
    // A copy: tombstones change while the corpus is open.
    shards.push({ data, dead: dead.slice() });
    await breathe();
  }
  return { entries, shards, ...(typeof header.id === 'string' ? { id: header.id } : {}) };
};

/**
 * Defines `data[name]` as the `count` strings in `bytes` (UTF-8, joined by SEP), decoded on first
 * read and then kept as a plain property. Bytes that do not hold `count` strings (damaged after
 * the load checked the file's structure) give `count` empty strings: a hit then shows no footnote.
 * (The terms' separators are counted when the store is read, so their bytes always hold them.)
 */
const lazyStrings = (data: ShardData, name: 'docNote' | 'docLabel' | 'terms', bytes: Uint8Array, count: number): void => {
  Object.defineProperty(data, name, {
    configurable: true,
    enumerable: true,
    get: () => {
      const split = count === 0 ? [] : utf8Decoder().decode(bytes).split(SEP);
      const value = split.length === count ? split : new Array<string>(count).fill('');
      Object.defineProperty(data, name, { value, writable: true, enumerable: true, configurable: true });
      return value;
    },
  });
};

/**
 * Reads a whole stored corpus from its bytes (see decodeParts; by default without pauses), all in
 * memory. Throws when the bytes are not a store.
 */
export const decodeStore = async (bytes: Uint8Array, breathe: Breathe = () => Promise.resolve()): Promise<StoredCorpus> => {
  if (bytes.byteLength < 16) throw new Error('geen indexbestand');
  const { at, length } = readTrailer(bytes.subarray(bytes.byteLength - 16));
  if (at + length > bytes.byteLength - 16) throw new Error('indexbestand is afgebroken');
  const header = parseHeader(bytes.subarray(at, at + length));
  const range = tailRange(header, at);
  const whole = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  const view = ([from, n]: [number, number]) => whole.subarray(from, from + n);
  const tailOf: TailOf = ({ postDoc, postTf, text }) => ({
    postDoc: new Uint32Array(whole.buffer, whole.byteOffset + postDoc[0], postDoc[1] / 4),
    postTf: new Uint16Array(whole.buffer, whole.byteOffset + postTf[0], postTf[1] / 2),
    text: view(text),
  });
  return decodeParts(whole.subarray(0, range[0]), header, range, breathe, tailOf);
};
