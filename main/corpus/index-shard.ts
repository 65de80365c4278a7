import type { Letter } from '../../app/corpus/types';
import { scanText } from './term-scan';
import { TermTable } from './term-table';

/**
 * An immutable piece of the search index covering a batch of letters, built inside a parse worker
 * and handed to main as transferable typed arrays (no per-document objects, so main neither
 * tokenises nor copies anything). A document is a block or a footnote; a footnote document points
 * at the block that references it. Postings are sorted by term (so a prefix is a contiguous term
 * range) and, within a term, by document.
 *
 * Why hand-written: measured on 1,000 generated letters (50,219 documents, 15.5 M characters),
 * MiniSearch indexed 5 MB/s and FlexSearch (tokenize "forward", needed for prefixes) 2.5 MB/s;
 * the 10,000-letter corpus (~150 MB) would take 30–60 s of CPU against a cold-ingest target of 8 s.
 */
export interface ShardData {
  /** Corpus keys of the shard's letters, and the content hash each had when indexed. */
  files: string[];
  hashes: string[];
  /** Sorted unique normalised terms. */
  terms: string[];
  /** Postings of term t: [termStart[t], termStart[t+1]). */
  termStart: Uint32Array;
  postDoc: Uint32Array;
  postTf: Uint16Array;
  /** Per document: letter (index into `files`), block index (`b<n>`), term count. */
  docLetter: Uint32Array;
  docBlock: Uint32Array;
  docLen: Uint16Array;
  /** Footnote id per document, '' for a block. */
  docNote: string[];
  /** UTF-8 text of document d: text[textStart[d], textStart[d+1]). */
  textStart: Uint32Array;
  text: Uint8Array;
}

/** Any character that `trim` would keep: a document of white space only is not indexed. */
const NOT_BLANK = /\S/;

/** A growable Uint32Array. */
class Column {
  data = new Uint32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

/** Collects letters and builds one shard. */
export class ShardBuilder {
  private files: string[] = [];
  private hashes: string[] = [];
  /** Term ids in order of first appearance; postings as (term, doc, tf) columns. */
  private table = new TermTable();
  private postTerm = new Column();
  private postDoc = new Column();
  private postTf = new Column();
  private docLetter: number[] = [];
  private docBlock: number[] = [];
  private docLen: number[] = [];
  private docNote: string[] = [];
  private texts: string[] = [];

  get size(): number {
    return this.files.length;
  }

  /** Adds every non-blank block and footnote of a letter. */
  add(letter: Letter): void {
    const referencing = new Map<string, number>();
    letter.blocks.forEach((b, i) => {
      for (const n of b.notes) if (!referencing.has(n.footnote)) referencing.set(n.footnote, i);
    });
    this.addDocs(letter.file, letter.hash, [
      ...letter.blocks.map((b, i) => ({ block: i, note: '', text: b.text })),
      ...letter.footnotes.map((n) => ({ block: referencing.get(n.id) ?? 0, note: n.id, text: n.text })),
    ]);
  }

  /** Adds a letter given as its documents (as `docsOf` returns them, e.g. to index a copy). */
  addDocs(file: string, hash: string, docs: IndexDoc[]): void {
    const li = this.files.length;
    this.files.push(file);
    this.hashes.push(hash);
    for (const d of docs) this.addDoc(li, d.block, d.note, d.text);
  }

  private addDoc(letter: number, block: number, note: string, text: string): void {
    if (!NOT_BLANK.test(text)) return;
    const doc = this.docLetter.length;
    const table = this.table;
    table.length = 0;
    scanText(text, table);
    for (const id of table.seen) {
      this.postTerm.push(id);
      this.postDoc.push(doc);
      this.postTf.push(Math.min(table.counts[id]!, 0xffff));
      table.counts[id] = 0;
    }
    const len = table.length;
    table.seen.length = 0;
    this.docLetter.push(letter);
    this.docBlock.push(block);
    this.docLen.push(Math.min(len, 0xffff));
    this.docNote.push(note);
    this.texts.push(text);
  }

  /** The shard, with its typed arrays ready to be transferred. */
  build(): ShardData {
    // Terms sorted; postings grouped by term (counting sort), documents ascending within a term.
    const order = this.table.terms.map((_, i) => i).sort((a, b) => (this.table.terms[a]! < this.table.terms[b]! ? -1 : 1));
    const rank = new Uint32Array(order.length);
    order.forEach((id, r) => (rank[id] = r));
    const total = this.postTerm.length;
    const termStart = new Uint32Array(order.length + 1);
    for (let p = 0; p < total; p++) termStart[rank[this.postTerm.data[p]!]! + 1]!++;
    for (let t = 0; t < order.length; t++) termStart[t + 1]! += termStart[t]!;
    const fill = termStart.slice(0, order.length);
    const postDoc = new Uint32Array(total);
    const postTf = new Uint16Array(total);
    for (let p = 0; p < total; p++) {
      const at = fill[rank[this.postTerm.data[p]!]!]!++;
      postDoc[at] = this.postDoc.data[p]!;
      postTf[at] = this.postTf.data[p]!;
    }
    const terms = order.map((id) => this.table.terms[id]!);
    // All texts into one buffer (UTF-8 takes at most 3 bytes per UTF-16 unit), then trimmed to size.
    const encoder = new TextEncoder();
    const textStart = new Uint32Array(this.texts.length + 1);
    const room = new Uint8Array(this.texts.reduce((n, t) => n + t.length * 3, 0));
    let bytes = 0;
    this.texts.forEach((t, i) => {
      textStart[i] = bytes;
      bytes += encoder.encodeInto(t, room.subarray(bytes)).written;
    });
    textStart[this.texts.length] = bytes;
    const text = room.slice(0, bytes);
    return {
      files: this.files,
      hashes: this.hashes,
      terms,
      termStart,
      postDoc,
      postTf,
      docLetter: Uint32Array.from(this.docLetter),
      docBlock: Uint32Array.from(this.docBlock),
      docLen: Uint16Array.from(this.docLen),
      docNote: this.docNote,
      textStart,
      text,
    };
  }
}

/** A document as indexed: block index (`b<n>`), footnote id ('' for a block) and text. */
export interface IndexDoc {
  block: number;
  note: string;
  text: string;
}

/** The documents of letter `letter` of a shard, in order. */
export const docsOf = (s: ShardData, letter: number): IndexDoc[] => {
  const decoder = new TextDecoder();
  const docs: IndexDoc[] = [];
  for (let d = 0; d < s.docLetter.length; d++) {
    if (s.docLetter[d] !== letter) continue;
    docs.push({ block: s.docBlock[d]!, note: s.docNote[d]!, text: decoder.decode(s.text.subarray(s.textStart[d], s.textStart[d + 1])) });
  }
  return docs;
};

/** The buffers of a shard, for postMessage's transfer list. */
export const shardTransfer = (s: ShardData): ArrayBuffer[] =>
  [s.termStart, s.postDoc, s.postTf, s.docLetter, s.docBlock, s.docLen, s.textStart, s.text].map((a) => a.buffer as ArrayBuffer);
