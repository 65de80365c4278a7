import type { Letter } from '../corpus/types';
import { ArrayTerms, type PackedTerms, type TermList } from './term-list';
import { scanBytes } from './term-scan';
import { TermTable } from './term-table';
import { utf8Decoder, utf8Encoder } from './utf8';

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
  /**
   * The same terms as stored (a shard from the warm-start store): searched without being split
   * (see termsOf; `terms` is then split only when read).
   */
  packedTerms?: PackedTerms;
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
  /** The footnote's printed label per document ('' for a block); absent in stores written before labels were kept. */
  docLabel?: string[];
  /** UTF-8 text of document d: text[textStart[d], textStart[d+1]); read it with `docText`. */
  textStart: Uint32Array;
  text: Uint8Array;
  /**
   * Set on a shard from the warm-start store: its postings and texts stay in the store file and
   * are read by range when a search needs them (`postDoc`, `postTf` and `text` are then empty).
   */
  disk?: ShardDisk;
}

/** The sections of a stored shard that stay on disk. */
export type DiskSection = 'postDoc' | 'postTf' | 'text';

/**
 * The large parts of a stored shard, left in the store file (main/corpus/store-file.ts reads them
 * with positioned reads): at 10,000 letters they are ~90 % of the index, and a search touches the
 * postings of a few terms and the texts of the hits it shows. Returned views are only valid until
 * the next call on the same file (the reader reuses its buffers). A file that cannot be read gives
 * empty postings and texts (never an exception: the search shows less, the file is dropped).
 */
export interface ShardDisk {
  /** Postings [from, to) of the shard (global posting numbers, as termStart gives them). */
  postings(from: number, to: number): { doc: Uint32Array; tf: Uint16Array };
  /** UTF-8 bytes [from, to) of the shard's texts (offsets as textStart gives them). */
  text(from: number, to: number): Uint8Array;
  /** A whole section, in a buffer of its own, to write the store anew. Throws when it cannot be read. */
  section(name: DiskSection): Uint8Array;
}

const decoder = utf8Decoder();

/** A shard's term dictionary as a search reads it: the stored bytes when it has them, else its split terms. */
export const termsOf = (s: Pick<ShardData, 'terms' | 'packedTerms'>): TermList => s.packedTerms ?? new ArrayTerms(s.terms);

/** The text of document `doc` of a shard. */
export const docText = (s: ShardData, doc: number): string => {
  const from = s.textStart[doc]!;
  const to = s.textStart[doc + 1]!;
  return decoder.decode(s.disk ? s.disk.text(from, to) : s.text.subarray(from, to));
};

/** Postings [from, to) of a shard (documents and term frequencies), from memory or from its store file. */
export const postingsOf = (s: ShardData, from: number, to: number): { doc: Uint32Array; tf: Uint16Array } =>
  s.disk ? s.disk.postings(from, to) : { doc: s.postDoc.subarray(from, to), tf: s.postTf.subarray(from, to) };

/** The bytes of a section that may stay on disk, for writing the store. */
export const sectionBytes = (s: ShardData, name: DiskSection): Uint8Array => {
  if (s.disk) return s.disk.section(name);
  const a = s[name];
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
};

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
  /** Term ids in order of first appearance; postings as (term, tf) columns, document by document. */
  private table = new TermTable();
  private postTerm = new Column();
  private postTf = new Column();
  /** Per document: where its postings begin, and where its UTF-8 text begins in `bytes`. */
  private docPostStart = new Column();
  private docTextStart = new Column();
  private docLetter: number[] = [];
  private docBlock: number[] = [];
  private docLen: number[] = [];
  private docNote: string[] = [];
  private docLabel: string[] = [];
  /** The documents' texts, UTF-8, one after the other: encoded once, then scanned for terms. */
  private bytes = new Uint8Array(1 << 20);
  private used = 0;

  get size(): number {
    return this.files.length;
  }

  /** Adds every non-blank block and footnote of a letter. */
  add(letter: Letter): void {
    const referencing = new Map<string, number>();
    letter.blocks.forEach((b, i) => {
      for (const n of b.notes) if (!referencing.has(n.footnote)) referencing.set(n.footnote, i);
    });
    const li = this.addLetter(letter.file, letter.hash);
    letter.blocks.forEach((b, i) => this.addDoc(li, i, '', b.text));
    for (const n of letter.footnotes) this.addDoc(li, referencing.get(n.id) ?? 0, n.id, n.text, n.label);
  }

  /** Adds a letter given as its documents (as `docsOf` returns them, e.g. to index a copy). */
  addDocs(file: string, hash: string, docs: IndexDoc[]): void {
    const li = this.addLetter(file, hash);
    for (const d of docs) this.addDoc(li, d.block, d.note, d.text, d.label);
  }

  private addLetter(file: string, hash: string): number {
    this.files.push(file);
    this.hashes.push(hash);
    return this.files.length - 1;
  }

  private addDoc(letter: number, block: number, note: string, text: string, label = ''): void {
    if (!NOT_BLANK.test(text)) return;
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    if (this.used + text.length * 3 > this.bytes.length) {
      const next = new Uint8Array(Math.max(this.bytes.length * 2, this.used + text.length * 3));
      next.set(this.bytes.subarray(0, this.used));
      this.bytes = next;
    }
    const start = this.used;
    this.used += encoder.encodeInto(text, this.bytes.subarray(start)).written;
    this.docTextStart.push(start);
    this.docPostStart.push(this.postTerm.length);
    const table = this.table;
    table.length = 0;
    scanBytes(this.bytes, start, this.used, table);
    const counts = table.counts;
    for (const id of table.seen) {
      this.postTerm.push(id);
      this.postTf.push(Math.min(counts[id]!, 0xffff));
      counts[id] = 0;
    }
    const len = table.length;
    table.seen.length = 0;
    this.docLetter.push(letter);
    this.docBlock.push(block);
    this.docLen.push(Math.min(len, 0xffff));
    this.docNote.push(note);
    this.docLabel.push(label);
  }

  /** The shard, with its typed arrays ready to be transferred. */
  build(): ShardData {
    // Terms sorted; postings grouped by term (counting sort), documents ascending within a term.
    const order = this.table.terms.map((_, i) => i).sort((a, b) => (this.table.terms[a]! < this.table.terms[b]! ? -1 : 1));
    const rank = new Uint32Array(order.length);
    order.forEach((id, r) => (rank[id] = r));
    const total = this.postTerm.length;
    const docs = this.docLetter.length;
    const postTerm = this.postTerm.data;
    const termStart = new Uint32Array(order.length + 1);
    for (let p = 0; p < total; p++) termStart[rank[postTerm[p]!]! + 1]!++;
    for (let t = 0; t < order.length; t++) termStart[t + 1]! += termStart[t]!;
    const fill = termStart.slice(0, order.length);
    const postDoc = new Uint32Array(total);
    const postTf = new Uint16Array(total);
    this.docPostStart.push(total);
    const docPostStart = this.docPostStart.data;
    for (let d = 0; d < docs; d++) {
      for (let p = docPostStart[d]!, end = docPostStart[d + 1]!; p < end; p++) {
        const at = fill[rank[postTerm[p]!]!]!++;
        postDoc[at] = d;
        postTf[at] = this.postTf.data[p]!;
      }
    }
    const terms = order.map((id) => this.table.terms[id]!);
    this.docTextStart.push(this.used);
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
      docLabel: this.docLabel,
      textStart: this.docTextStart.data.slice(0, docs + 1),
      text: this.bytes.slice(0, this.used),
    };
  }
}

const encoder = utf8Encoder();

/** A document as indexed: block index (`b<n>`), footnote id and label ('' for a block) and text. */
export interface IndexDoc {
  block: number;
  note: string;
  label?: string;
  text: string;
}

/** The documents of letter `letter` of a shard, in order. */
export const docsOf = (s: ShardData, letter: number): IndexDoc[] => {
  const docs: IndexDoc[] = [];
  for (let d = 0; d < s.docLetter.length; d++) {
    if (s.docLetter[d] !== letter) continue;
    docs.push({ block: s.docBlock[d]!, note: s.docNote[d]!, label: s.docLabel?.[d] ?? '', text: docText(s, d) });
  }
  return docs;
};

/** The buffers of a shard, for postMessage's transfer list. */
export const shardTransfer = (s: ShardData): ArrayBuffer[] =>
  [s.termStart, s.postDoc, s.postTf, s.docLetter, s.docBlock, s.docLen, s.textStart, s.text].map((a) => a.buffer as ArrayBuffer);
