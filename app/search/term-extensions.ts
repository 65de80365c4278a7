import { normalizeTerm } from '../corpus/search-text';
import { type ShardData, termsOf } from './index-shard';
import type { TermList } from './term-list';

/** First index in `terms` (sorted) at or after `from` whose term is ≥ `term` (binary search). */
const lowerBound = (terms: TermList, term: string, from: number): number => {
  let lo = from;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (terms.compare(mid, term) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/** A character a query can be extended by: one UTF-16 unit that is a letter or digit (a term's own characters). */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/**
 * The characters that follow `prefix` (a normalised term start, '' for any term) in the shards'
 * terms, most used first: ordered by the postings of the terms that continue that way, summed over
 * shards (so `oekr` → `a` before `o` when `oekraine` is in more documents than `oekroense`), ties
 * by character. Only single letters and digits (a surrogate pair or mark is left out). Costs a
 * binary search per character found per shard, not a pass over the terms: after a character the
 * scan jumps to the first term past it. At most `max` characters. Never throws.
 */
export const termExtensions = (
  shards: readonly Pick<ShardData, 'terms' | 'packedTerms' | 'termStart'>[],
  prefix: string,
  max: number,
): string[] => {
  const weight = new Map<string, number>();
  for (const shard of shards) {
    const terms = termsOf(shard);
    const { termStart } = shard;
    let at = lowerBound(terms, prefix, 0);
    while (at < terms.length && terms.startsWith(at, prefix)) {
      const term = terms.at(at);
      if (term.length === prefix.length) {
        at++;
        continue;
      }
      const c = term[prefix.length]!;
      const stop = lowerBound(terms, prefix + String.fromCharCode(c.charCodeAt(0) + 1), at + 1);
      if (WORD_CHAR.test(c)) weight.set(c, (weight.get(c) ?? 0) + termStart[stop]! - termStart[at]!);
      at = stop;
    }
  }
  return [...weight]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .slice(0, max)
    .map(([c]) => c);
};

/** The run of term characters a query ends with ('' after a space or other separator). */
const TAIL = /[\p{L}\p{N}\p{M}]*$/u;

/**
 * The characters worth searching `query` extended by (a key the user may type next, see
 * termExtensions): those that continue the query's last word, normalised as the index's terms
 * (`Oekr` → `oekr`), or that start a new word after a space ('' → any term's first character).
 * None for a query holding a quote (a phrase is matched whole, not per key). At most `max`.
 */
export const queryExtensions = (
  shards: readonly Pick<ShardData, 'terms' | 'packedTerms' | 'termStart'>[],
  query: string,
  max: number,
): string[] => (query.includes('"') ? [] : termExtensions(shards, normalizeTerm(TAIL.exec(query)![0]), max));
