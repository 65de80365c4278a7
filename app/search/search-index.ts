import { isEmptyQuery, makeSnippet, matchRanges, MIN_PREFIX, parseQuery, tokenize } from '../corpus/search-text';
import type { SearchHit, SearchRequest } from '../ipc/contract';
import { docsOf, docText, ShardBuilder, type ShardData } from './index-shard';
import { letterFilter, type MetaLookup } from './search-filters';
import { K1, lengthNorms, phraseProbe, scoreTerm, termRange } from './search-terms';
import { hasPhrases } from './term-scan';
import { TopK } from './top-k';

const DEFAULT_LIMIT = 50;
/** Shards with fewer letters count as small; more than MAX_SMALL of them are merged (see compact). */
const SMALL_SHARD = 16;
const MAX_SMALL = 32;
/** A word matched as a prefix of a longer term counts less than an exact match. */
const PREFIX_WEIGHT = 0.375;
/** Phrase candidates ranked per round, as a multiple of the hits asked for (and of the previous round). */
const PHRASE_SURPLUS = 4;

interface Part {
  term: string;
  prefix: boolean;
}

interface Shard {
  data: ShardData;
  docBase: number;
  /** BM25 length normalisation per document, for the average length `normsFor` (see lengthNorms). */
  norms?: Float32Array;
  normsFor?: number;
  /** Letters whose documents are no longer current (removed or re-indexed elsewhere). */
  dead: Uint8Array<ArrayBufferLike>;
}

/**
 * Full-text search over index shards (see index-shard.ts), BM25-ranked. Terms are normalised by
 * `normalizeTerm` (case and diacritics folded); every free word must match (as a prefix when at
 * least MIN_PREFIX long); a quoted phrase is probed through its two longest terms and verified on
 * the document text in rank order, so only as many documents are read as the limit needs.
 */
export class SearchIndex {
  private shards: Shard[] = [];
  private docCount = 0;
  private lengthSum = 0;
  /** Where each live letter's documents are: shard and letter index in it. */
  private live = new Map<string, { shard: Shard; letter: number; hash: string }>();
  private scores = new Float64Array(0);
  private phraseMisses = new Map<string, Set<number>>();
  /** Per filter: which letters of each shard it lets through; valid for one metadata version and shard set. */
  private filterCache = { version: {} as object, masks: new Map<string, Uint8Array[]>() };
  private masks = new Uint32Array(0);
  private touched = new Uint32Array(0);

  get documentCount(): number {
    return this.docCount;
  }

  indexedHash(file: string): string | undefined {
    return this.live.get(file)?.hash;
  }

  indexedFiles(): string[] {
    return [...this.live.keys()];
  }

  /** Shards to store; fully dead ones are left out. */
  shardList(): Array<{ data: ShardData; dead: Uint8Array<ArrayBufferLike> }> {
    return this.shards.filter((s) => s.dead.some((d) => d === 0)).map(({ data, dead }) => ({ data, dead }));
  }

  /** Adds a shard; its letters replace earlier versions. `dead` marks letters not to serve. */
  addShard(data: ShardData, dead: Uint8Array<ArrayBufferLike> = new Uint8Array(data.files.length)): void {
    this.filterCache.masks.clear();
    const shard: Shard = { data, docBase: this.docCount, dead };
    this.shards.push(shard);
    this.docCount += data.docLetter.length;
    for (let i = 0; i < data.docLen.length; i++) this.lengthSum += data.docLen[i]!;
    data.files.forEach((file, i) => {
      if (dead[i]) return;
      this.removeLetter(file);
      this.live.set(file, { shard, letter: i, hash: data.hashes[i]! });
    });
  }

  /**
   * Indexes files whose content is an indexed letter's (a copy, a rename) from that letter's
   * documents, re-keyed, in one new shard: nothing is parsed. Returns the files it could not
   * index (no shard holds their content).
   */
  copyLetters(copies: Array<{ file: string; hash: string }>): string[] {
    const builder = new ShardBuilder();
    const missing: string[] = [];
    for (const { file, hash } of copies) {
      const source = this.shards.findLast((s) => s.data.hashes.includes(hash));
      if (source) builder.addDocs(file, hash, docsOf(source.data, source.data.hashes.lastIndexOf(hash)));
      else missing.push(file);
    }
    if (builder.size > 0) this.addShard(builder.build());
    return missing;
  }

  /**
   * Merges the live letters of small shards (from watch reloads and copies, a few letters each)
   * into one, once there are more than MAX_SMALL of them: every shard costs each search a lookup.
   * Re-tokenises only those letters' documents, so it stays cheap.
   */
  compact(): void {
    const small = this.shards.filter((s) => s.data.files.length < SMALL_SHARD);
    if (small.length <= MAX_SMALL) return;
    const builder = new ShardBuilder();
    for (const { data, dead } of small) {
      data.files.forEach((file, i) => {
        if (!dead[i]) builder.addDocs(file, data.hashes[i]!, docsOf(data, i));
      });
    }
    const keep = this.shards.filter((s) => s.data.files.length >= SMALL_SHARD);
    // Document numbers change: start over with the kept shards, then the merged one.
    this.shards = [];
    this.docCount = 0;
    this.lengthSum = 0;
    this.live.clear();
    this.phraseMisses.clear();
    for (const s of keep) this.addShard(s.data, s.dead);
    if (builder.size > 0) this.addShard(builder.build());
  }

  removeLetter(file: string): void {
    const at = this.live.get(file);
    if (!at) return;
    at.shard.dead[at.letter] = 1;
    this.live.delete(file);
    this.filterCache.masks.clear();
  }

  /** Ranked hits with snippets; filters on letter kind, date range (ISO strings) and signatory name. */
  /**
   * `metaVersion` identifies the state of the metadata `metaOf` reads (any object that is replaced
   * when metadata changes): per-letter filter results are reused while it stays the same.
   */
  search(req: SearchRequest, metaOf: MetaLookup, metaVersion: object = {}): SearchHit[] {
    const q = parseQuery(req.query);
    if (isEmptyQuery(q) || this.docCount === 0) return [];
    const parts: Part[] = [
      ...q.words.map((w) => ({ term: w, prefix: w.length >= MIN_PREFIX })),
      ...q.phrases.flatMap((p) => phraseProbe(p).map((t) => ({ term: t, prefix: false }))),
    ].slice(0, 31);
    const weights = this.weigh(parts);
    const allowed = this.allowedLetters(req, metaOf, metaVersion);
    const limit = req.limit ?? DEFAULT_LIMIT;
    const rejected = this.rejectedFor(q.phrases);
    if (!rejected) return this.hits(this.rank(parts, weights, allowed, limit).best(), q, limit);
    // Phrase candidates can fail verification: rank a few times the limit, verify them best first,
    // and rank more only when too many failed (the failed ones are skipped from then on).
    for (let k = limit * PHRASE_SURPLUS; ; k *= PHRASE_SURPLUS) {
      const top = this.rank(parts, weights, allowed, k, rejected);
      const hits = this.hits(top.best(), q, limit, rejected);
      if (hits.length >= limit || top.size < k) return hits;
    }
  }

  /**
   * Documents known not to contain these phrases (they had the probe terms but failed the check).
   * Documents never change (a changed letter gets new ones), so this holds while the index lives;
   * it spares re-reading them when the same phrase is searched again with other filters.
   */
  private rejectedFor(phrases: string[][]): Set<number> | undefined {
    if (phrases.length === 0) return undefined;
    const key = JSON.stringify(phrases);
    let set = this.phraseMisses.get(key);
    if (!set) {
      if (this.phraseMisses.size >= 64) this.phraseMisses.delete(this.phraseMisses.keys().next().value!);
      this.phraseMisses.set(key, (set = new Set()));
    }
    return set;
  }

  /**
   * The letters the filters (and tombstones) let through, per shard, decided before any scoring
   * and remembered per filter: most searches repeat one of a few filter settings.
   */
  private allowedLetters(req: SearchRequest, metaOf: MetaLookup, version: object): (shard: number) => Uint8Array {
    if (this.filterCache.version !== version) this.filterCache = { version, masks: new Map() };
    const key = JSON.stringify([req.kinds ?? [], req.dateFrom ?? '', req.dateTo ?? '', req.signatory ?? '']);
    let masks = this.filterCache.masks.get(key);
    if (!masks) {
      if (this.filterCache.masks.size >= 16) this.filterCache.masks.clear();
      this.filterCache.masks.set(key, (masks = []));
    }
    const accepts = letterFilter(req, metaOf);
    const known = masks;
    return (si) => {
      let mask = known[si];
      if (!mask) {
        const { data, dead } = this.shards[si]!;
        mask = known[si] = new Uint8Array(data.files.length);
        for (let l = 0; l < mask.length; l++) if (!dead[l] && accepts(data.files[l]!)) mask[l] = 1;
      }
      return mask;
    };
  }

  /** Per part and shard: the matching term range and each term's BM25 idf (weighted for prefixes). */
  private weigh(parts: Part[]): Array<Array<{ from: number; to: number; weight: Float64Array }>> {
    return parts.map((part) => {
      const ranges = this.shards.map((s) => termRange(s.data.terms, part.term, part.prefix));
      // Document frequency per matched term, summed over shards.
      const df = new Map<string, number>();
      this.shards.forEach((s, i) => {
        const [from, to] = ranges[i]!;
        for (let t = from; t < to; t++) {
          const term = s.data.terms[t]!;
          df.set(term, (df.get(term) ?? 0) + s.data.termStart[t + 1]! - s.data.termStart[t]!);
        }
      });
      return this.shards.map((s, i) => {
        const [from, to] = ranges[i]!;
        const weight = new Float64Array(to - from);
        for (let t = from; t < to; t++) {
          const n = df.get(s.data.terms[t]!)!;
          const idf = Math.log(1 + (this.docCount - n + 0.5) / (n + 0.5));
          weight[t - from] = s.data.terms[t] === part.term ? idf : idf * PREFIX_WEIGHT;
        }
        return { from, to, weight };
      });
    });
  }

  /**
   * Scores the documents matching every part, shard by shard, and keeps the best `k` of those
   * that pass the filters (a bounded heap): a common word matches a
   * large share of the corpus, but only its top-k documents are ever sorted or read.
   */
  private rank(
    parts: Part[],
    weights: ReturnType<SearchIndex['weigh']>,
    allowedOf: (shard: number) => Uint8Array,
    k: number,
    rejected?: Set<number>,
  ): TopK {
    const heap = new TopK(k);
    const avgLen = this.lengthSum / this.docCount || 1;
    const full = (2 ** parts.length - 1) >>> 0;
    for (let si = 0; si < this.shards.length; si++) {
      const shard = this.shards[si]!;
      const { termStart, docLen } = shard.data;
      const n = docLen.length;
      if (shard.normsFor !== avgLen) {
        shard.norms = lengthNorms(docLen, avgLen);
        shard.normsFor = avgLen;
      }
      const norms = shard.norms!;
      if (this.scores.length < n) {
        this.scores = new Float64Array(n);
        this.masks = new Uint32Array(n);
        this.touched = new Uint32Array(n);
      }
      const { scores, masks, touched } = this;
      let count = 0;
      const allowed = allowedOf(si);
      if (!allowed.includes(1)) continue;
      for (let bit = 0; bit < parts.length; bit++) {
        const { from, to, weight } = weights[bit]![si]!;
        const flag = (1 << bit) >>> 0;
        for (let t = from; t < to; t++) {
          const w = weight[t - from]! * (K1 + 1);
          count = scoreTerm(shard.data, norms, termStart[t]!, termStart[t + 1]!, w, flag, allowed, masks, scores, touched, count);
        }
      }
      for (let i = 0; i < count; i++) {
        const doc = touched[i]!;
        if (masks[doc] === full && !rejected?.has(shard.docBase + doc)) heap.offer(scores[doc]!, shard.docBase + doc);
        scores[doc] = 0;
        masks[doc] = 0;
      }
    }
    return heap;
  }

  private hits(
    ranked: Iterable<[doc: number, score: number]>,
    q: ReturnType<typeof parseQuery>,
    limit: number,
    rejected?: Set<number>,
  ): SearchHit[] {
    const hits: SearchHit[] = [];
    if (limit <= 0) return hits;
    // Phrase checks by text: the same paragraph often stands in many letters (boilerplate, drafts).
    const checked = new Map<string, boolean>();
    for (const [doc, score] of ranked) {
      const hit = this.hit(doc, score, q, checked);
      if (hit) hits.push(hit);
      else rejected?.add(doc);
      if (hits.length >= limit) break;
    }
    return hits;
  }

  private locate(doc: number): [Shard, number] {
    let lo = 0;
    let hi = this.shards.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.shards[mid]!.docBase <= doc) lo = mid;
      else hi = mid - 1;
    }
    const shard = this.shards[lo]!;
    return [shard, doc - shard.docBase];
  }

  /** The hit for a document, or null when it fails a phrase. */
  private hit(doc: number, score: number, q: ReturnType<typeof parseQuery>, checked: Map<string, boolean>): SearchHit | null {
    const [shard, local] = this.locate(doc);
    const d = shard.data;
    const text = docText(d, local);
    if (q.phrases.length > 0) {
      let ok = checked.get(text);
      if (ok === undefined) checked.set(text, (ok = hasPhrases(text, q.phrases)));
      if (!ok) return null;
    }
    const tokens = tokenize(text);
    const { snippet, highlights } = makeSnippet(text, matchRanges(tokens, q));
    const hit: SearchHit = {
      file: d.files[d.docLetter[local]!]!,
      block: `b${d.docBlock[local]}`,
      score,
      snippet,
      highlights,
    };
    const note = d.docNote[local];
    if (note) hit.footnote = note;
    return hit;
  }
}
