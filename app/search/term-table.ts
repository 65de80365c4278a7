import { type ByteTermSink, hashTerm } from './term-scan';
import { utf8Decoder } from './utf8';

/**
 * Term → id for a shard being built: open addressing on the FNV hash, matching an ASCII run in
 * place (compared lower-cased, byte by byte), so a word already seen costs no new string and no
 * Map lookup. As a ByteTermSink it counts each term's occurrences in the current document.
 */
export class TermTable implements ByteTermSink {
  readonly terms: string[] = [];
  private hashes: Int32Array<ArrayBuffer> = new Int32Array(1024);
  /** Term id + 1 per slot, 0 when empty. */
  private slots = new Int32Array(4096);
  /** Occurrences in the current document per term, and the terms seen in it. */
  counts = new Uint32Array(1024);
  seen: number[] = [];
  length = 0;

  asciiBytes(bytes: Uint8Array, start: number, end: number, hash: number): void {
    const len = end - start;
    const mask = this.slots.length - 1;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const v = this.slots[s]!;
      if (v === 0) break;
      const id = v - 1;
      if (this.hashes[id] === hash && sameLower(this.terms[id]!, bytes, start, len)) return this.count(id);
    }
    this.count(this.insert(ascii.decode(bytes.subarray(start, end)).toLowerCase(), hash));
  }

  other(term: string): void {
    const hash = hashTerm(term);
    const mask = this.slots.length - 1;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const v = this.slots[s]!;
      if (v === 0) break;
      if (this.hashes[v - 1] === hash && this.terms[v - 1] === term) return this.count(v - 1);
    }
    this.count(this.insert(term, hash));
  }

  private count(id: number): void {
    if (this.counts[id] === 0) this.seen.push(id);
    this.counts[id]!++;
    this.length++;
  }

  private insert(term: string, hash: number): number {
    const id = this.terms.length;
    this.terms.push(term);
    if (id >= this.hashes.length) {
      this.hashes = grow(this.hashes);
      const counts = new Uint32Array(this.hashes.length);
      counts.set(this.counts);
      this.counts = counts;
    }
    this.hashes[id] = hash;
    if (this.terms.length * 2 > this.slots.length) this.rehash();
    else this.place(id);
    return id;
  }

  private place(id: number): void {
    const mask = this.slots.length - 1;
    let s = this.hashes[id]! & mask;
    while (this.slots[s] !== 0) s = (s + 1) & mask;
    this.slots[s] = id + 1;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let id = 0; id < this.terms.length; id++) this.place(id);
  }
}

const grow = (a: Int32Array): Int32Array<ArrayBuffer> => {
  const next = new Int32Array(a.length * 2);
  next.set(a);
  return next;
};

const ascii = utf8Decoder();

/** Whether `term` equals bytes[start, start+len) lower-cased (ASCII). */
const sameLower = (term: string, bytes: Uint8Array, start: number, len: number): boolean => {
  if (term.length !== len) return false;
  for (let i = 0; i < len; i++) {
    let c = bytes[start + i]!;
    if (c >= 65 && c <= 90) c += 32;
    if (c !== term.charCodeAt(i)) return false;
  }
  return true;
};
