import { utf8Decoder } from './utf8';

/**
 * A shard's sorted term dictionary as the search reads it: its length, a term by number, and a
 * term compared with a string as JavaScript compares strings (UTF-16 code units, the order the
 * dictionary was sorted in when built). Either the split strings (a shard built in this run) or,
 * for a shard from the warm-start store, the stored bytes themselves (PackedTerms): at 100,000
 * letters the ~500 dictionaries hold millions of terms, and splitting them into strings took
 * 0.4–0.6 s of the main thread and a few hundred MB of heap, where a search reads ~16 terms of a
 * dictionary per word.
 */
export interface TermList {
  readonly length: number;
  /** Term `i` (0 ≤ i < length). */
  at(i: number): string;
  /** < 0, 0 or > 0 as term `i` sorts before, equal to or after `s` (UTF-16 code unit order, as `<`). */
  compare(i: number, s: string): number;
  /** Whether term `i` starts with `s`. */
  startsWith(i: number, s: string): boolean;
}

/** The split strings of a dictionary as a TermList. */
export class ArrayTerms implements TermList {
  constructor(private readonly terms: readonly string[]) {}
  get length(): number {
    return this.terms.length;
  }
  at(i: number): string {
    return this.terms[i]!;
  }
  compare(i: number, s: string): number {
    const t = this.terms[i]!;
    return t < s ? -1 : t === s ? 0 : 1;
  }
  startsWith(i: number, s: string): boolean {
    return this.terms[i]!.startsWith(s);
  }
}

/**
 * A dictionary left as its UTF-8 bytes (terms joined by a 0 byte, as the store keeps them) with
 * where each term starts (`starts`, one more than there are terms: the last is the end plus one).
 * Compares decode the term's code units on the fly (no string made); `at` decodes one term.
 */
export class PackedTerms implements TermList {
  private readonly decoder = utf8Decoder();

  constructor(
    readonly bytes: Uint8Array,
    private readonly starts: Uint32Array,
  ) {}

  get length(): number {
    return this.starts.length - 1;
  }

  at(i: number): string {
    const from = this.starts[i]!;
    const to = this.starts[i + 1]! - 1;
    const b = this.bytes;
    let ascii = true;
    for (let p = from; p < to && ascii; p++) ascii = b[p]! < 0x80;
    if (!ascii || to - from > 64) return this.decoder.decode(b.subarray(from, to));
    let s = '';
    for (let p = from; p < to; p++) s += String.fromCharCode(b[p]!);
    return s;
  }

  compare(i: number, s: string): number {
    return this.walk(i, s, false);
  }

  startsWith(i: number, s: string): boolean {
    return this.walk(i, s, true) === 0;
  }

  /**
   * Term `i` against `s`, code unit by code unit (UTF-8 decoded as it goes, a character above
   * U+FFFF as its two surrogates); with `prefix`, 0 as soon as `s` is used up.
   */
  private walk(i: number, s: string, prefix: boolean): number {
    const b = this.bytes;
    let p = this.starts[i]!;
    const end = this.starts[i + 1]! - 1;
    let low = -1; // the second surrogate of a character above U+FFFF, still to compare
    for (let k = 0; ; k++) {
      let unit: number;
      if (low >= 0) {
        unit = low;
        low = -1;
      } else if (p >= end) {
        unit = -1;
      } else {
        const c = b[p]!;
        if (c < 0x80) {
          unit = c;
          p += 1;
        } else if (c < 0xe0) {
          unit = ((c & 0x1f) << 6) | (b[p + 1]! & 0x3f);
          p += 2;
        } else if (c < 0xf0) {
          unit = ((c & 0x0f) << 12) | ((b[p + 1]! & 0x3f) << 6) | (b[p + 2]! & 0x3f);
          p += 3;
        } else {
          const cp = (((c & 0x07) << 18) | ((b[p + 1]! & 0x3f) << 12) | ((b[p + 2]! & 0x3f) << 6) | (b[p + 3]! & 0x3f)) - 0x10000;
          unit = 0xd800 + (cp >> 10);
          low = 0xdc00 + (cp & 0x3ff);
          p += 4;
        }
      }
      const want = k < s.length ? s.charCodeAt(k) : -1;
      if (want === -1) return prefix || unit === -1 ? 0 : 1;
      if (unit === -1) return -1;
      if (unit !== want) return unit - want;
    }
  }
}

/**
 * Where each of the `count` terms in `bytes` (joined by a 0 byte) starts, plus the end + 1; null
 * when the bytes do not hold exactly `count` terms. One pass over the bytes (UTF-8 never has a 0
 * byte inside another character).
 */
export const termStarts = (bytes: Uint8Array, count: number): Uint32Array | null => {
  const starts = new Uint32Array(count + 1);
  if (count === 0) return bytes.byteLength === 0 ? starts : null;
  let n = 1;
  for (let p = bytes.indexOf(0); p >= 0; p = bytes.indexOf(0, p + 1)) {
    if (n >= count) return null;
    starts[n++] = p + 1;
  }
  if (n !== count) return null;
  starts[count] = bytes.byteLength + 1;
  return starts;
};
