import type { ShardData } from './index-shard';
import type { LetterEntry } from './letter-entry';

/**
 * The warm-start file of one corpus: the letters' entries and the search index shards in one
 * binary file, so a warm start reads one file and makes typed-array views on it instead of
 * reading every cached letter and parsing a JSON index. Layout (little-endian): sections, each
 * padded to 8 bytes, then the header JSON listing them as [offset, length], then a 16-byte trailer:
 * `DSX2`, u32 header offset, u32 header length, u32 zero. The header comes last so the file can be
 * written section by section, yielding to the event loop in between.
 */
export interface StoredCorpus {
  entries: LetterEntry[];
  shards: Array<{ data: ShardData; dead: Uint8Array<ArrayBufferLike> }>;
}

const MAGIC = 0x32585344; // "DSX2"
/** Entries per JSON section: each is parsed (or serialised) in one go. */
const ENTRY_CHUNK = 1000;
const ARRAYS = ['termStart', 'postDoc', 'postTf', 'docLetter', 'docBlock', 'docLen', 'textStart', 'text'] as const;
type ArrayName = (typeof ARRAYS)[number];
const KINDS: Record<ArrayName, typeof Uint32Array | typeof Uint16Array | typeof Uint8Array> = {
  termStart: Uint32Array,
  postDoc: Uint32Array,
  postTf: Uint16Array,
  docLetter: Uint32Array,
  docBlock: Uint32Array,
  docLen: Uint16Array,
  textStart: Uint32Array,
  text: Uint8Array,
};
/** Separates strings in a section; corpus keys, terms and footnote ids never contain it. */
const SEP = '\u0000';

interface ShardHeader {
  files: string[];
  hashes: string[];
  sections: Record<ArrayName | 'terms' | 'notes' | 'dead', [number, number]>;
}

const pad8 = (n: number): number => (n + 7) & ~7;

interface Header {
  entries: Array<[number, number]>;
  shards: ShardHeader[];
}

/** Serialises the corpus lazily: the buffers to write, in order, one section at a time. */
export function* encodeStore(store: StoredCorpus): Generator<Uint8Array> {
  const encoder = new TextEncoder();
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
  const header: Header = { entries: [], shards: [] };
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
    sections.dead = add(Uint8Array.from(dead));
    header.shards.push({ files: data.files, hashes: data.hashes, sections });
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

/** Yields to the event loop (between sections of a large store). */
const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Reads a stored corpus back; typed arrays are views on `bytes` (no copies). Parses one section
 * at a time, yielding in between, so a large store never holds the event loop for long.
 * Throws when the bytes are not a store.
 */
export const decodeStore = async (bytes: Uint8Array): Promise<StoredCorpus> => {
  const buf = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const end = buf.byteLength - 16;
  if (end < 0 || view.getUint32(end, true) !== MAGIC) throw new Error('geen indexbestand');
  const decoder = new TextDecoder();
  const slice = ([at, length]: [number, number]): Uint8Array => {
    if (at + length > end) throw new Error('indexbestand is afgebroken');
    return buf.subarray(at, at + length);
  };
  const header = JSON.parse(decoder.decode(slice([view.getUint32(end + 4, true), view.getUint32(end + 8, true)]))) as Header;
  const entries: LetterEntry[] = [];
  for (const range of header.entries) {
    entries.push(...(JSON.parse(decoder.decode(slice(range))) as LetterEntry[]));
    await breathe();
  }
  const strings = (range: [number, number], count: number): string[] => (count === 0 ? [] : decoder.decode(slice(range)).split(SEP));
  const shards: StoredCorpus['shards'] = [];
  for (const h of header.shards) {
    const arrays = {} as Record<ArrayName, Uint32Array | Uint16Array | Uint8Array>;
    for (const name of ARRAYS) {
      const bytes = slice(h.sections[name]);
      const Kind = KINDS[name];
      arrays[name] = new Kind(buf.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength / Kind.BYTES_PER_ELEMENT);
    }
    const data = {
      files: h.files,
      hashes: h.hashes,
      terms: strings(h.sections.terms, arrays.termStart.length - 1),
      docNote: strings(h.sections.notes, arrays.docLen.length),
      ...arrays,
    } as ShardData;
    // A copy: tombstones change while the corpus is open.
    shards.push({ data, dead: slice(h.sections.dead).slice() });
    await breathe();
  }
  return { entries, shards };
};
