import type { LazyText, ShardData } from './index-shard';
import type { LetterEntry } from './letter-entry';
import { utf8Decoder, utf8Encoder } from './utf8';

/**
 * The warm-start file of one corpus: the letters' entries and the search index shards in one
 * binary file, so a warm start reads one file and makes typed-array views on it instead of
 * reading every cached letter and parsing a JSON index. Layout (little-endian): sections, each
 * padded to 8 bytes — first the entries and every shard's index arrays, then all shards' document
 * texts — then the header JSON listing them as [offset, length], then a 16-byte trailer: `DSX3`,
 * u32 header offset, u32 header length, u32 zero. The texts come last so a warm start can read
 * everything before them, open the corpus, and read the texts (more than half the file) after.
 * The header comes last so the file can be written section by section.
 */
export interface StoredCorpus {
  entries: LetterEntry[];
  shards: Array<{ data: ShardData; dead: Uint8Array<ArrayBufferLike> }>;
}

const MAGIC = 0x33585344; // "DSX3"
/** Entries per JSON section: each is parsed (or serialised) in one go. */
const ENTRY_CHUNK = 1000;
const ARRAYS = ['termStart', 'postDoc', 'postTf', 'docLetter', 'docBlock', 'docLen', 'textStart'] as const;
type ArrayName = (typeof ARRAYS)[number];
const KINDS: Record<ArrayName, typeof Uint32Array | typeof Uint16Array> = {
  termStart: Uint32Array,
  postDoc: Uint32Array,
  postTf: Uint16Array,
  docLetter: Uint32Array,
  docBlock: Uint32Array,
  docLen: Uint16Array,
  textStart: Uint32Array,
};
/** Separates strings in a section; corpus keys, terms and footnote ids never contain it. */
const SEP = '\u0000';

interface ShardHeader {
  files: string[];
  hashes: string[];
  sections: Record<ArrayName | 'text' | 'terms' | 'notes' | 'dead', [number, number]> & {
    /** Footnote labels per document (since issue 21; older stores have none). */
    labels?: [number, number];
  };
}

const pad8 = (n: number): number => (n + 7) & ~7;

export interface StoreHeader {
  entries: Array<[number, number]>;
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
  const header: StoreHeader = { entries: [], shards: [] };
  for (let i = 0; i < store.entries.length; i += ENTRY_CHUNK) {
    header.entries.push(add(encoder.encode(JSON.stringify(store.entries.slice(i, i + ENTRY_CHUNK)))));
    yield* flush();
  }
  for (const { data, dead } of store.shards) {
    const sections = {} as ShardHeader['sections'];
    for (const name of ARRAYS) {
      const a = data[name];
      sections[name] = add(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    }
    sections.terms = add(encoder.encode(data.terms.join(SEP)));
    sections.notes = add(encoder.encode(data.docNote.join(SEP)));
    if (data.docLabel) sections.labels = add(encoder.encode(data.docLabel.join(SEP)));
    sections.dead = add(Uint8Array.from(dead));
    header.shards.push({ files: data.files, hashes: data.hashes, sections });
    yield* flush();
  }
  store.shards.forEach(({ data }, i) => (header.shards[i]!.sections.text = add(data.text)));
  yield* flush();
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

/** The byte range of the texts (they end where the header starts): [from, to). */
export const textRange = (header: StoreHeader, headerAt: number): [number, number] => [
  header.shards.length === 0 ? headerAt : Math.min(...header.shards.map((h) => h.sections.text[0])),
  headerAt,
];

/**
 * Builds the stored corpus from its parts: `head` holds the file's bytes before the texts,
 * `text` the texts' bytes (from `textFrom` on in the file; possibly still being read, see
 * LazyText). Typed arrays are views (no copies). Parses one section at a time, awaiting
 * `breathe` in between, so a large store never holds the event loop for long. Throws when a range
 * is outside.
 */
export const decodeParts = async (
  head: Uint8Array,
  header: StoreHeader,
  text: Uint8Array,
  textFrom: number,
  breathe: Breathe,
  lazyText?: (shardTextFrom: number) => LazyText,
): Promise<StoredCorpus> => {
  const buf = head.byteOffset % 8 === 0 ? head : head.slice();
  const decoder = utf8Decoder();
  const slice = ([at, length]: [number, number]): Uint8Array => {
    if (at + length > buf.byteLength) throw new Error('indexbestand is afgebroken');
    return buf.subarray(at, at + length);
  };
  const entries: LetterEntry[] = [];
  for (const range of header.entries) {
    entries.push(...(JSON.parse(decoder.decode(slice(range))) as LetterEntry[]));
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
    const [at, length] = h.sections.text;
    if (at < textFrom || at - textFrom + length > text.byteLength) throw new Error('indexbestand is afgebroken');
    const data = {
      files: h.files,
      hashes: h.hashes,
      terms: strings(h.sections.terms, arrays.termStart.length - 1),
      docNote: strings(h.sections.notes, arrays.docLen.length),
      ...(h.sections.labels ? { docLabel: strings(h.sections.labels, arrays.docLen.length) } : {}),
      ...arrays,
      text: text.subarray(at - textFrom, at - textFrom + length),
    } as ShardData;
    if (lazyText) data.lazyText = lazyText(at - textFrom);
    // A copy: tombstones change while the corpus is open.
    shards.push({ data, dead: slice(h.sections.dead).slice() });
    await breathe();
  }
  return { entries, shards };
};

/**
 * Reads a whole stored corpus from its bytes (see decodeParts; by default without pauses). Throws
 * when the bytes are not a store.
 */
export const decodeStore = async (bytes: Uint8Array, breathe: Breathe = () => Promise.resolve()): Promise<StoredCorpus> => {
  if (bytes.byteLength < 16) throw new Error('geen indexbestand');
  const { at, length } = readTrailer(bytes.subarray(bytes.byteLength - 16));
  if (at + length > bytes.byteLength - 16) throw new Error('indexbestand is afgebroken');
  const header = parseHeader(bytes.subarray(at, at + length));
  const [from, to] = textRange(header, at);
  return decodeParts(bytes.subarray(0, from), header, bytes.subarray(from, to), from, breathe);
};
