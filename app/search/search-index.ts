import { isEmptyQuery, makeSnippet, matchRanges, MIN_PREFIX, parseQuery, tokenize } from '../corpus/search-text';
import type { LetterSearchRequest, LetterSearchResult, SearchHit, SearchRequest } from '../ipc/contract';
import { docsOf, docText, postingsOf, ShardBuilder, type ShardData } from './index-shard';
import { FactsCache, type LetterFact } from './letter-facts';
import { groupLetters, keepBest, MatchList } from './letter-groups';
import { type FactLookup, FilterMasks, type MetaLookup, PhraseMisses } from './search-filters';
import { K1, lengthNorms, type Part, type PartWeights, phraseProbe, scoreTerm, weighParts } from './search-terms';
import { hasPhrases } from './term-scan';
import { TopK } from './top-k';

const DEFAULT_LIMIT = 50;
/** Shards with fewer letters count as small; more than MAX_SMALL of them are merged (see compact). */
const SMALL_SHARD = 16;
const MAX_SMALL = 32;
/** Phrase candidates ranked per round, as a multiple of the hits asked for (and of the previous round). */
const PHRASE_SURPLUS = 4;
/** Phrase candidates a grouped search checks on their text at most (best first); beyond, totals are lower bounds. */
const PHRASE_BUDGET = 2000;
/** Best hits per letter a grouped search gives by default. */
const DEFAULT_SNIPPETS = 3;

interface Shard {
  data: ShardData;
  docBase: number;
  /** Number of the shard's first letter among all shards' letters (dead ones included). */
  letterBase: number;
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
  private letterCount = 0;
  private readonly matches = new MatchList();
  /** Titles and own keys of the live letters, for one metadata version and shard set (see LetterFacts). */
  private readonly facts = new FactsCache();
  private lengthSum = 0;
  /** Where each live letter's documents are: shard and letter index in it. */
  private live = new Map<string, { shard: Shard; letter: number; hash: string }>();
  private scores = new Float64Array(0);
  private phraseMisses = new PhraseMisses();
  /** Per filter: which letters of each shard it lets through; valid for one metadata version and shard set. */
  private readonly filters = new FilterMasks();
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
    this.filters.clear();
    this.facts.clear();
    const shard: Shard = { data, docBase: this.docCount, letterBase: this.letterCount, dead };
    this.shards.push(shard);
    this.docCount += data.docLetter.length;
    this.letterCount += data.files.length;
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
    this.letterCount = 0;
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
    this.filters.clear();
    this.facts.clear();
  }

  /** Ranked hits with snippets; filters on letter kind, date range (ISO strings) and signatory name. */
  /**
   * `metaVersion` identifies the state of the metadata `metaOf` reads (any object that is replaced
   * when metadata changes): per-letter filter results are reused while it stays the same.
   */
  search(req: SearchRequest, metaOf: MetaLookup, metaVersion: object = {}): SearchHit[] {
    const plan = this.plan(req, metaOf, metaVersion);
    if (!plan) return [];
    const { q, parts, weights, allowed } = plan;
    const limit = req.limit ?? DEFAULT_LIMIT;
    const rejected = this.phraseMisses.of(q.phrases);
    const top = (k: number): TopK => {
      const heap = new TopK(k);
      this.rank(parts, weights, allowed, (score, doc) => heap.offer(score, doc), rejected);
      return heap;
    };
    if (!rejected) return this.hits(top(limit).best(), q, limit);
    // Phrase candidates can fail verification: rank a few times the limit, verify them best first,
    // and rank more only when too many failed (the failed ones are skipped from then on).
    for (let k = limit * PHRASE_SURPLUS; ; k *= PHRASE_SURPLUS) {
      const heap = top(k);
      const hits = this.hits(heap.best(), q, limit, rejected);
      if (hits.length >= limit || heap.size < k) return hits;
    }
  }

  /**
   * Search results grouped per letter (see groupLetters): every matching document counted, the
   * best `limit` letters (default 50) with their best `snippets` hits (default 3), or with `file`
   * that one letter's hits. A letter whose own paper number or title the query names ranks first
   * (LetterFacts), also without a text hit. Quoted phrases are checked on the text of at most
   * PHRASE_BUDGET candidates, best first; `exact` says whether that covered them all, and a letter
   * with candidates left unchecked is `partial` (its `hitCount` a lower bound; the others exact).
   */
  searchLetters(req: LetterSearchRequest, metaOf: FactLookup, metaVersion: object = {}): LetterSearchResult {
    const none: LetterSearchResult = { groups: [], totalHits: 0, totalLetters: 0, exact: true };
    const only = req.file === undefined ? undefined : this.letterNumber(req.file);
    const plan = only === null ? null : this.plan(req, metaOf, metaVersion);
    if (!plan) return none;
    const { q, parts, weights, allowed } = plan;
    const matches = this.matches;
    matches.clear();
    this.rank(parts, weights, allowed, (score, doc, si, local) => {
      const shard = this.shards[si]!;
      matches.push(doc, score, shard.letterBase + shard.data.docLetter[local]!);
    });
    const checked = new Map<string, boolean>();
    const rejected = this.phraseMisses.of(q.phrases);
    const holds = (doc: number): boolean => {
      const ok = this.phrasesHold(doc, q, checked);
      if (!ok) rejected!.add(doc);
      return ok;
    };
    const cut = new Set<number>();
    const exact = !rejected || keepBest(matches, PHRASE_BUDGET, (doc) => rejected.has(doc), holds, cut);
    const boosts = new Map<number, { boost: number; match: 'key' | 'title' | 'dossier' }>();
    for (const [letter, b] of this.factsOf(metaOf, metaVersion).boosts(req.query, q)!) {
      const [si, local] = this.locateLetter(letter);
      if (allowed(si)[local] === 1) boosts.set(letter, b);
    }
    const { groups, totalHits, totalLetters } = groupLetters(matches, this.letterCount, boosts, {
      limit: req.limit ?? DEFAULT_LIMIT,
      snippets: req.snippets ?? DEFAULT_SNIPPETS,
      only: only ?? undefined,
    });
    return {
      groups: groups.map((g) => {
        const [si, local] = this.locateLetter(g.letter);
        const hits = g.docs.map(([doc, score]) => this.hit(doc, score, q, checked)).filter((h): h is SearchHit => h !== null);
        const file = this.shards[si]!.data.files[local]!;
        return { file, score: g.score, hitCount: g.hitCount, match: g.match, hits, ...(cut.has(g.letter) ? { partial: true } : {}) };
      }),
      totalHits,
      totalLetters,
      exact,
    };
  }

  /** The parsed query, its index parts with their weights and the filter, or null when nothing can match. */
  private plan(req: SearchRequest, metaOf: MetaLookup, metaVersion: object) {
    const q = parseQuery(req.query);
    if (isEmptyQuery(q) || this.docCount === 0) return null;
    const parts: Part[] = [
      ...q.words.map((w) => ({ term: w, prefix: w.length >= MIN_PREFIX })),
      ...q.phrases.flatMap((p) => phraseProbe(p).map((t) => ({ term: t, prefix: false }))),
    ].slice(0, 31);
    return {
      q,
      parts,
      weights: weighParts(
        this.shards.map((sh) => sh.data),
        parts,
        this.docCount,
      ),
      allowed: this.filters.allowed(req, metaOf, metaVersion, (si) => this.shards[si]!),
    };
  }

  /** The letters' titles and keys, prepared once per metadata version and shard set. */
  /**
   * Builds ahead the titles and own keys a grouped search boosts by (LetterFacts) for `metaVersion`,
   * a step per few hundred letters (FactsCache.prepare), so the first searchLetters need not; a
   * search meanwhile builds them itself. Ends early when letters are added or removed meanwhile.
   */
  prepareFacts(metaOf: FactLookup, metaVersion: object): Generator<void, void, void> {
    return this.facts.prepare(() => this.liveFacts(metaOf), metaVersion);
  }

  private factsOf(metaOf: FactLookup, version: object) {
    return this.facts.get(() => this.liveFacts(metaOf), version);
  }

  /** The live letters as the boosts see them: number, readable title (from `metaOf`), own keys. */
  private *liveFacts(metaOf: FactLookup): Generator<LetterFact> {
    for (const [file, { shard, letter }] of this.live) {
      const meta = metaOf(file);
      if (meta) yield { letter: shard.letterBase + letter, title: meta.title, keys: meta.keys };
    }
  }

  /** The number of a live letter among all shards' letters, or null when it is not indexed. */
  private letterNumber(file: string): number | null {
    const at = this.live.get(file);
    return at ? at.shard.letterBase + at.letter : null;
  }

  /** Shard index and letter index in it of letter number `letter`. */
  private locateLetter(letter: number): [number, number] {
    const si = lastAtMost(this.shards, letter, (sh) => sh.letterBase);
    return [si, letter - this.shards[si]!.letterBase];
  }

  /**
   * Scores the documents matching every part, shard by shard, and offers each that passes the
   * filters (and is not `rejected`) to `offer` with its global number, shard and number in the
   * shard: a bounded heap keeps the best k of them, or a MatchList counts them all; nothing is sorted.
   */
  private rank(
    parts: Part[],
    weights: PartWeights,
    allowedOf: (shard: number) => Uint8Array,
    offer: (score: number, doc: number, shard: number, local: number) => void,
    rejected?: Set<number>,
  ): void {
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
      const { docLetter } = shard.data;
      for (let bit = 0; bit < parts.length; bit++) {
        const { from, to, weight } = weights[bit]![si]!;
        if (from === to) continue;
        const flag = (1 << bit) >>> 0;
        // The postings of all the part's terms (a prefix's terms are adjacent): one read when on disk.
        const base = termStart[from]!;
        const { doc, tf } = postingsOf(shard.data, base, termStart[to]!);
        for (let t = from; t < to; t++) {
          const w = weight[t - from]! * (K1 + 1);
          const [a, b] = [termStart[t]! - base, termStart[t + 1]! - base];
          count = scoreTerm(docLetter, doc, tf, norms, a, b, w, flag, allowed, masks, scores, touched, count);
        }
      }
      for (let i = 0; i < count; i++) {
        const doc = touched[i]!;
        if (masks[doc] === full && !rejected?.has(shard.docBase + doc)) offer(scores[doc]!, shard.docBase + doc, si, doc);
        scores[doc] = 0;
        masks[doc] = 0;
      }
    }
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
    const shard = this.shards[lastAtMost(this.shards, doc, (sh) => sh.docBase)]!;
    return [shard, doc - shard.docBase];
  }

  /** Whether document `doc` holds the query's phrases (decided once per text in `checked`). */
  private phrasesHold(doc: number, q: ReturnType<typeof parseQuery>, checked: Map<string, boolean>): boolean {
    if (q.phrases.length === 0) return true;
    const [shard, local] = this.locate(doc);
    const text = docText(shard.data, local);
    let ok = checked.get(text);
    if (ok === undefined) checked.set(text, (ok = hasPhrases(text, q.phrases)));
    return ok;
  }

  /** The hit for a document, or null when it fails a phrase. */
  private hit(doc: number, score: number, q: ReturnType<typeof parseQuery>, checked: Map<string, boolean>): SearchHit | null {
    const [shard, local] = this.locate(doc);
    const d = shard.data;
    if (!this.phrasesHold(doc, q, checked)) return null;
    const text = docText(d, local);
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
    const label = d.docLabel?.[local];
    if (note && label) hit.footnoteLabel = label;
    return hit;
  }
}

/** The last index i of `items` (sorted ascending by `key`, first key ≤ value) with key(items[i]) ≤ value. */
const lastAtMost = <T>(items: T[], value: number, key: (item: T) => number): number => {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (key(items[mid]!) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
};
