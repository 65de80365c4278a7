import MiniSearch, { type Query } from 'minisearch';

import {
  containsPhrases,
  isEmptyQuery,
  makeSnippet,
  matchRanges,
  MIN_PREFIX,
  normalizeTerm,
  parseQuery,
  splitTerms,
  tokenize,
} from '../../app/corpus/search-text';
import type { Letter, LetterMeta } from '../../app/corpus/types';
import type { SearchHit, SearchRequest } from '../../app/ipc/contract';
import type { IndexSnapshot, SnapshotDoc } from './index-snapshot';

/** One searchable unit: a block, or a footnote (shown at the block that references it). */
interface SearchDoc {
  file: string;
  block: string;
  footnote?: string;
  text: string;
}

const DEFAULT_LIMIT = 50;

/** Index options; identical for a fresh index and one loaded from JSON (MiniSearch requires that). */
const OPTIONS = {
  fields: ['text'],
  storeFields: [],
  tokenize: splitTerms,
  processTerm: (term: string) => normalizeTerm(term) || null,
};

/** Letter metadata used by the filters. */
export type MetaLookup = (file: string) => Pick<LetterMeta, 'kind' | 'date' | 'signatories'> | undefined;

/**
 * Full-text index over the blocks and footnotes of the open corpus (MiniSearch, BM25).
 * Terms are normalised by `normalizeTerm` (case and diacritics folded); free words match as
 * prefixes, quoted phrases are verified on the block text after MiniSearch proposes candidates.
 */
export class SearchIndex {
  private index = new MiniSearch<{ id: number; text: string }>(OPTIONS);
  private docs: Array<SearchDoc | undefined> = [];
  private byFile = new Map<string, number[]>();
  /** Content hash of each letter as indexed. */
  private hashes = new Map<string, string>();

  get documentCount(): number {
    return this.index.documentCount;
  }

  indexedHash(file: string): string | undefined {
    return this.hashes.get(file);
  }

  indexedFiles(): string[] {
    return [...this.hashes.keys()];
  }

  toSnapshot(): IndexSnapshot {
    const docs: SnapshotDoc[] = this.docs.map((d) => (d ? [d.file, d.block, d.footnote ?? null] : null));
    return { version: 1, docs, hashes: [...this.hashes], index: this.index.toJSON() };
  }

  /**
   * Rebuilds an index from a snapshot without re-tokenising. Texts come from `letters`; letters
   * that are missing or whose hash differs keep their stale documents, for the caller to re-index.
   */
  static async fromSnapshot(snapshot: IndexSnapshot, letters: Map<string, Letter>): Promise<SearchIndex> {
    const out = new SearchIndex();
    out.index = await MiniSearch.loadJSAsync(snapshot.index, OPTIONS);
    const texts = new Map<string, Map<string, string>>();
    const textOf = (file: string, key: string): string => {
      let map = texts.get(file);
      if (!map) {
        const l = letters.get(file);
        map = new Map([
          ...(l?.blocks.map((b): [string, string] => [b.id, b.text]) ?? []),
          ...(l?.footnotes.map((f): [string, string] => [`#${f.id}`, f.text]) ?? []),
        ]);
        texts.set(file, map);
      }
      return map.get(key) ?? '';
    };
    snapshot.docs.forEach((d, id) => {
      if (!d) return out.docs.push(undefined);
      const [file, block, footnote] = d;
      out.docs.push(footnote ? { file, block, footnote, text: textOf(file, `#${footnote}`) } : { file, block, text: textOf(file, block) });
      const ids = out.byFile.get(file) ?? [];
      ids.push(id);
      out.byFile.set(file, ids);
    });
    out.hashes = new Map(snapshot.hashes);
    return out;
  }

  /** Adds (or replaces) every block and footnote of a letter. */
  addLetter(letter: Letter): void {
    this.removeLetter(letter.file);
    const ids: number[] = [];
    const add = (doc: SearchDoc): void => {
      if (doc.text.trim() === '') return;
      const id = this.docs.length;
      this.docs.push(doc);
      ids.push(id);
      this.index.add({ id, text: doc.text });
    };
    for (const block of letter.blocks) add({ file: letter.file, block: block.id, text: block.text });
    for (const note of letter.footnotes) {
      // A footnote hit points at the block that references the note.
      const at = letter.blocks.find((b) => b.notes.some((n) => n.footnote === note.id)) ?? letter.blocks[0];
      add({ file: letter.file, block: at?.id ?? '', footnote: note.id, text: note.text });
    }
    this.byFile.set(letter.file, ids);
    this.hashes.set(letter.file, letter.hash);
  }

  removeLetter(file: string): void {
    this.hashes.delete(file);
    const ids = this.byFile.get(file);
    if (!ids) return;
    for (const id of ids) {
      this.index.discard(id);
      this.docs[id] = undefined;
    }
    this.byFile.delete(file);
  }

  /** Ranked hits with snippets; filters on letter kind, date range (ISO strings) and signatory name. */
  search(req: SearchRequest, metaOf: MetaLookup): SearchHit[] {
    const q = parseQuery(req.query);
    if (isEmptyQuery(q)) return [];
    const parts: Query[] = [];
    if (q.words.length > 0) parts.push({ queries: q.words, combineWith: 'AND', prefix: (t) => t.length >= MIN_PREFIX });
    for (const phrase of q.phrases) parts.push({ queries: phraseProbe(phrase), combineWith: 'AND', prefix: false });
    const accepts = letterFilter(req, metaOf);
    const results = this.index.search(
      { queries: parts, combineWith: 'AND' },
      { filter: (r) => accepts(this.docs[r.id as number]?.file) },
    );
    const limit = req.limit ?? DEFAULT_LIMIT;
    const hits: SearchHit[] = [];
    for (const r of results) {
      if (hits.length >= limit) break;
      const doc = this.docs[r.id as number];
      if (!doc) continue;
      const tokens = tokenize(doc.text);
      if (q.phrases.length > 0 && !containsPhrases(tokens, q.phrases)) continue;
      const { snippet, highlights } = makeSnippet(doc.text, matchRanges(tokens, q));
      const hit: SearchHit = { file: doc.file, block: doc.block, score: r.score, snippet, highlights };
      if (doc.footnote) hit.footnote = doc.footnote;
      hits.push(hit);
    }
    return hits;
  }
}

/**
 * The terms of a phrase worth asking the index for: the two longest. Short, common words
 * ("in", "de", "uw") have posting lists covering most documents and only cost time; every
 * candidate is verified against the whole phrase afterwards anyway.
 */
const phraseProbe = (phrase: string[]): string[] => {
  const long = [...new Set(phrase)].sort((a, b) => b.length - a.length);
  return long.slice(0, 2);
};

/** Builds the per-letter filter once per search, memoised per file. */
const letterFilter = (req: SearchRequest, metaOf: MetaLookup): ((file: string | undefined) => boolean) => {
  const kinds = req.kinds && req.kinds.length > 0 ? new Set(req.kinds) : null;
  const signatory = req.signatory ? normalizeTerm(req.signatory.trim()) : '';
  if (!kinds && !req.dateFrom && !req.dateTo && !signatory) return (file) => file !== undefined;
  const memo = new Map<string, boolean>();
  return (file) => {
    if (file === undefined) return false;
    let ok = memo.get(file);
    if (ok !== undefined) return ok;
    const meta = metaOf(file);
    ok =
      meta !== undefined &&
      (!kinds || (meta.kind !== null && kinds.has(meta.kind))) &&
      (!req.dateFrom || (meta.date !== null && meta.date >= req.dateFrom)) &&
      (!req.dateTo || (meta.date !== null && meta.date <= req.dateTo)) &&
      (!signatory || meta.signatories.some((s) => normalizeTerm(s.name).includes(signatory)));
    memo.set(file, ok);
    return ok;
  };
};
