import { type ShardData, termsOf } from './index-shard';
import type { TermList } from './term-list';

/** BM25 parameters (MiniSearch's defaults, which the index used before). */
export const K1 = 1.2;
const B = 0.7;

/**
 * BM25's length normalisation per document, k1·(1 − b + b·len/avgLen): the part of each term's
 * score that depends only on the document, computed once per shard and average length instead
 * of once per posting.
 */
export const lengthNorms = (docLen: Uint16Array, avgLen: number): Float32Array => {
  const norms = new Float32Array(docLen.length);
  for (let d = 0; d < docLen.length; d++) norms[d] = K1 * (1 - B + (B * docLen[d]!) / avgLen);
  return norms;
};

/**
 * Adds one term's BM25 contribution (`w` = idf·(k1+1)) to the documents of postings [from, to)
 * (indices into `postDoc`/`postTf`, which may be a slice of the shard's postings, see postingsOf)
 * whose letter is allowed; records newly touched documents. A small function of its own: it is
 * called per term and shard, so V8 optimises it within the first query, not after many.
 */
export const scoreTerm = (
  docLetter: Uint32Array,
  postDoc: Uint32Array,
  postTf: Uint16Array,
  norms: Float32Array,
  from: number,
  to: number,
  w: number,
  flag: number,
  allowed: Uint8Array,
  masks: Uint32Array,
  scores: Float64Array,
  touched: Uint32Array,
  count: number,
): number => {
  for (let p = from; p < to; p++) {
    const doc = postDoc[p]!;
    if (allowed[docLetter[doc]!] === 0) continue;
    const tf = postTf[p]!;
    if (masks[doc] === 0) touched[count++] = doc;
    masks[doc] = (masks[doc]! | flag) >>> 0;
    scores[doc] = scores[doc]! + (w * tf) / (tf + norms[doc]!);
  }
  return count;
};

/** Index range [from, to) of `terms` (sorted) equal to `term`, or starting with it when `prefix`. */
export const termRange = (terms: TermList, term: string, prefix: boolean): [number, number] => {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (terms.compare(mid, term) < 0) lo = mid + 1;
    else hi = mid;
  }
  if (!prefix) return lo < terms.length && terms.compare(lo, term) === 0 ? [lo, lo + 1] : [lo, lo];
  let end = lo;
  while (end < terms.length && terms.startsWith(end, term)) end++;
  return [lo, end];
};

/**
 * The terms of a phrase worth asking the index for: the two longest. Short, common words
 * ("in", "de", "uw") have posting lists covering most documents and only cost time; every
 * candidate is verified against the whole phrase afterwards anyway.
 */
export const phraseProbe = (phrase: string[]): string[] => {
  const long = [...new Set(phrase)].sort((a, b) => b.length - a.length);
  return long.slice(0, 2);
};

/** A word matched as a prefix of a longer term counts less than an exact match. */
const PREFIX_WEIGHT = 0.375;

/** A query part as the index looks it up: a normalised term, matched whole or as a prefix. */
export interface Part {
  term: string;
  prefix: boolean;
}

/** Per part and shard: the matching term range [from, to) and each term's weight. */
export type PartWeights = Array<Array<{ from: number; to: number; weight: Float64Array }>>;

/**
 * Per part and shard: the matching term range and each term's BM25 idf over `docCount`
 * documents, ln(1 + (N − n + 0.5)/(n + 0.5)) with n summed over shards; a prefix match of a
 * longer term weighs PREFIX_WEIGHT of that.
 */
export const weighParts = (shards: ShardData[], parts: Part[], docCount: number): PartWeights =>
  parts.map((part) => {
    const lists = shards.map(termsOf);
    const ranges = lists.map((terms) => termRange(terms, part.term, part.prefix));
    // The matched terms (an exact word's is the word itself), and their document frequency summed over shards.
    const matched = ranges.map(([from, to], i) =>
      !part.prefix && to > from ? [part.term] : Array.from({ length: to - from }, (_, k) => lists[i]!.at(from + k)),
    );
    const df = new Map<string, number>();
    shards.forEach((s, i) => {
      const [from, to] = ranges[i]!;
      for (let t = from; t < to; t++) {
        const term = matched[i]![t - from]!;
        df.set(term, (df.get(term) ?? 0) + s.termStart[t + 1]! - s.termStart[t]!);
      }
    });
    return shards.map((_, i) => {
      const [from, to] = ranges[i]!;
      const weight = new Float64Array(to - from);
      for (let t = from; t < to; t++) {
        const term = matched[i]![t - from]!;
        const n = df.get(term)!;
        const idf = Math.log(1 + (docCount - n + 0.5) / (n + 0.5));
        weight[t - from] = term === part.term ? idf : idf * PREFIX_WEIGHT;
      }
      return { from, to, weight };
    });
  });
