import { normalizeTerm } from '../corpus/search-text';
import { utf8Decoder, utf8Encoder } from './utf8';

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
/** Whether a code point is a letter, digit or mark: ASCII by table, the rest by regex, memoised. */
const ASCII_WORD = new Uint8Array(128).map((_, c) => (WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 0));
/** Per byte: the lower-case form of an ASCII letter or digit, 0 for any other byte (one lookup in the word loop). */
const ASCII_LOWER = new Uint8Array(256).map((_, c) =>
  c < 128 && ASCII_WORD[c] === 1 ? String.fromCharCode(c).toLowerCase().charCodeAt(0) : 0,
);
const wide = new Map<number, boolean>();
const isWordPoint = (cp: number): boolean => {
  if (cp < 128) return ASCII_WORD[cp] === 1;
  let yes = wide.get(cp);
  if (yes === undefined) wide.set(cp, (yes = WORD_CHAR.test(String.fromCodePoint(cp))));
  return yes;
};

/** FNV-1a, 32 bits: the hash of a term, also computed on the fly over an ASCII run. */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;
export const hashTerm = (term: string): number => {
  let h = FNV_OFFSET;
  for (let i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), FNV_PRIME);
  return h;
};

/** Receives the terms of a byte scan: an ASCII run by position (no string made), any other term folded. */
export interface ByteTermSink {
  /** bytes[start, end) is ASCII; its lower-case form is the term; `hash` is hashTerm of that form. */
  asciiBytes(bytes: Uint8Array, start: number, end: number, hash: number): void;
  other(term: string): void;
}

/** The code point of the (valid) UTF-8 sequence starting at bytes[i], whose lead byte is ≥ 0x80. */
const codePointAt = (bytes: Uint8Array, i: number): number => {
  const c = bytes[i]!;
  if (c < 0xe0) return ((c & 0x1f) << 6) | (bytes[i + 1]! & 0x3f);
  if (c < 0xf0) return ((c & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f);
  return ((c & 0x07) << 18) | ((bytes[i + 1]! & 0x3f) << 12) | ((bytes[i + 2]! & 0x3f) << 6) | (bytes[i + 3]! & 0x3f);
};
const sequenceLength = (lead: number): number => (lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4);
const utf8 = utf8Decoder();

/**
 * Finds the terms in the UTF-8 bytes[from, to) of a text (valid UTF-8 as TextEncoder writes it; a
 * lone surrogate becomes U+FFFD, no word character either): exactly those of `tokenize` in
 * app/corpus/search-text (runs of \p{L}\p{N}\p{M}, folded by `normalizeTerm`), in order, but by a
 * plain byte loop that makes no string for an ASCII word: a regex match and a new string per word
 * made tokenising the main cost of a cold start, and a byte array scans several times faster than
 * a string's char codes. The index builder scans the bytes it stores for each document anyway.
 */
export const scanBytes = (bytes: Uint8Array, from: number, to: number, sink: ByteTermSink): void => {
  let i = from;
  while (i < to) {
    let c = bytes[i]!;
    if (c < 128) {
      if (ASCII_WORD[c] === 0) {
        i++;
        continue;
      }
      const start = i;
      let h = FNV_OFFSET;
      for (let lower = ASCII_LOWER[c]!; lower !== 0; lower = i < to ? ASCII_LOWER[bytes[i]!]! : 0) {
        h = Math.imul(h ^ lower, FNV_PRIME);
        i++;
      }
      if (i >= to || bytes[i]! < 128 || !isWordPoint(codePointAt(bytes, i))) {
        sink.asciiBytes(bytes, start, i, h);
        continue;
      }
      i = start; // the word goes on with non-ASCII characters
    } else if (!isWordPoint(codePointAt(bytes, i))) {
      i += sequenceLength(c);
      continue;
    }
    const start = i;
    while (i < to) {
      c = bytes[i]!;
      if (c < 128) {
        if (ASCII_WORD[c] === 0) break;
        i++;
      } else {
        if (!isWordPoint(codePointAt(bytes, i))) break;
        i += sequenceLength(c);
      }
    }
    const term = foldBytes(bytes, start, i);
    if (term.length > 0) sink.other(term);
  }
};

/**
 * normalizeTerm, remembered: words with accents repeat (Oekraïne, Yeşilgöz, geïnformeerd) and
 * folding each occurrence anew (NFD, strip marks) was a tenth of indexing. Bounded; cleared when full.
 */
const folded = new Map<string, string>();
const foldCached = (raw: string): string => {
  let term = folded.get(raw);
  if (term === undefined) {
    if (folded.size >= 50_000) folded.clear();
    folded.set(raw, (term = normalizeTerm(raw)));
  }
  return term;
};

/**
 * The folded term of the UTF-8 word bytes[start, end) (not all ASCII), remembered by its bytes: a
 * direct-mapped cache on their FNV-1a hash, so a word seen before (Oekraïne, geïnformeerd) costs
 * neither a decoder call nor a string. Same bytes, same decoded text, same term as foldCached gives.
 */
const FOLD_SLOTS = 4096;
const foldKeys: Array<Uint8Array | undefined> = new Array<Uint8Array | undefined>(FOLD_SLOTS).fill(undefined);
const foldTerms: string[] = new Array<string>(FOLD_SLOTS).fill('');
const foldBytes = (bytes: Uint8Array, start: number, end: number): string => {
  let h = FNV_OFFSET;
  for (let k = start; k < end; k++) h = Math.imul(h ^ bytes[k]!, FNV_PRIME);
  const slot = (h ^ (h >>> 16)) & (FOLD_SLOTS - 1);
  const key = foldKeys[slot];
  if (key !== undefined && key.length === end - start) {
    let j = 0;
    while (j < key.length && key[j] === bytes[start + j]) j++;
    if (j === key.length) return foldTerms[slot]!;
  }
  const term = foldCached(utf8.decode(bytes.subarray(start, end)));
  foldKeys[slot] = bytes.slice(start, end);
  foldTerms[slot] = term;
  return term;
};

const encoder = utf8Encoder();

/** The normalised terms of `text`, in order (see scanBytes). */
export const scanTerms = (text: string): string[] => {
  const out: string[] = [];
  const bytes = encoder.encode(text);
  scanBytes(bytes, 0, bytes.length, {
    asciiBytes: (b, start, end) => out.push(utf8.decode(b.subarray(start, end)).toLowerCase()),
    other: (term) => out.push(term),
  });
  return out;
};

/** Whether `terms` holds `phrase` as adjacent items. */
const holds = <T>(terms: T[], phrase: T[]): boolean => {
  for (let i = terms.indexOf(phrase[0]!); i >= 0 && i + phrase.length <= terms.length; i = terms.indexOf(phrase[0]!, i + 1)) {
    if (phrase.every((p, k) => terms[i + k] === p)) return true;
  }
  return false;
};

/**
 * Whether `text` holds every phrase (normalised terms) as adjacent terms. Compares term hashes
 * first, which needs no string per word; only a text that passes is checked on the terms themselves.
 */
export const hasPhrases = (text: string, phrases: string[][]): boolean => {
  const hashes: number[] = [];
  const bytes = encoder.encode(text);
  scanBytes(bytes, 0, bytes.length, {
    asciiBytes: (_b, _start, _end, hash) => hashes.push(hash),
    other: (term) => hashes.push(hashTerm(term)),
  });
  if (!phrases.every((p) => holds(hashes, p.map(hashTerm)))) return false;
  const terms = scanTerms(text);
  return phrases.every((p) => holds(terms, p));
};
