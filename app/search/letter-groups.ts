import type { LetterMatch } from './letter-facts';
import { TopK } from './top-k';

/** How much each further hit adds to a letter's score: best · (1 + HIT_BONUS · ln(hits)). */
export const HIT_BONUS = 0.15;

/**
 * The documents matching one search (document number, BM25 score, letter number), in typed
 * arrays that grow as needed and are reused from search to search (`clear`), so counting every
 * match of a common word at 100,000 letters makes no objects.
 */
export class MatchList {
  doc = new Uint32Array(4096);
  score = new Float64Array(4096);
  letter = new Uint32Array(4096);
  length = 0;

  clear(): void {
    this.length = 0;
  }

  push(doc: number, score: number, letter: number): void {
    if (this.length === this.doc.length) {
      const size = this.doc.length * 2;
      this.doc = grow(new Uint32Array(size), this.doc);
      this.score = grow(new Float64Array(size), this.score);
      this.letter = grow(new Uint32Array(size), this.letter);
    }
    const i = this.length++;
    this.doc[i] = doc;
    this.score[i] = score;
    this.letter[i] = letter;
  }
}

/**
 * Keeps the matches `accept` passes, trying them best first (equal scores in document order) and
 * at most `budget` of them; those `skip` names are dropped untried, those past the budget dropped
 * too, and their letter numbers added to `cut` when given (those letters' counts are then lower
 * bounds). Returns whether every candidate was tried (the totals are then exact).
 */
export const keepBest = (
  matches: MatchList,
  budget: number,
  skip: (doc: number) => boolean,
  accept: (doc: number) => boolean,
  cut?: Set<number>,
): boolean => {
  const order: number[] = [];
  for (let i = 0; i < matches.length; i++) if (!skip(matches.doc[i]!)) order.push(i);
  order.sort((a, b) => matches.score[b]! - matches.score[a]! || matches.doc[a]! - matches.doc[b]!);
  if (cut) for (let k = budget; k < order.length; k++) cut.add(matches.letter[order[k]!]!);
  const kept = order.slice(0, budget).filter((i) => accept(matches.doc[i]!));
  const rows = kept.map((i) => [matches.doc[i]!, matches.score[i]!, matches.letter[i]!] as const);
  matches.clear();
  for (const [doc, score, letter] of rows) matches.push(doc, score, letter);
  return order.length <= budget;
};

const grow = <T extends Uint32Array | Float64Array>(next: T, old: T): T => (next.set(old), next);

/** One letter of the results: its rank score, all its hits counted, its best documents. */
export interface LetterGroup {
  letter: number;
  score: number;
  hitCount: number;
  /** How it matched beside its text (own paper number, title, dossier), null for text alone. */
  match: LetterMatch | null;
  /** Its best documents, best first: [document, score]. */
  docs: Array<[doc: number, score: number]>;
}

export interface GroupOptions {
  /** Letters returned (the best `limit`). */
  limit: number;
  /** Documents returned per letter (its best ones). */
  snippets: number;
  /** Only this letter (to show all of one letter's hits). */
  only?: number;
}

/**
 * Groups matching documents by letter and ranks the letters: a letter scores its best document's
 * score · (1 + HIT_BONUS · ln(hits)) plus its boost (see LetterFacts); letters that match only by
 * boost (their paper number or title, no text hit) are included with no hits. Totals count every
 * match, not only the letters returned. `letterCount` bounds the letter numbers. Ties keep the
 * lower letter number first (stable results).
 */
export const groupLetters = (
  matches: MatchList,
  letterCount: number,
  boosts: ReadonlyMap<number, { boost: number; match: LetterMatch }>,
  opts: GroupOptions,
): { groups: LetterGroup[]; totalHits: number; totalLetters: number } => {
  const count = new Uint32Array(letterCount);
  const best = new Float64Array(letterCount);
  const touched: number[] = [];
  let totalHits = 0;
  const { only } = opts;
  for (let i = 0; i < matches.length; i++) {
    const l = matches.letter[i]!;
    if (only !== undefined && l !== only) continue;
    if (count[l] === 0) touched.push(l);
    count[l]!++;
    if (matches.score[i]! > best[l]!) best[l] = matches.score[i]!;
    totalHits++;
  }
  for (const l of boosts.keys()) if (count[l] === 0 && (only === undefined || l === only)) touched.push(l);
  const letters = new TopK(Math.max(1, opts.limit));
  for (const l of touched) {
    const hits = count[l]!;
    const text = hits > 0 ? best[l]! * (1 + HIT_BONUS * Math.log(hits)) : 0;
    letters.offer(text + (boosts.get(l)?.boost ?? 0), l);
  }
  const chosen = [...letters.best()];
  // The chosen letters' best documents: a slot per chosen letter (1-based; 0 = not chosen), so
  // the pass over every match costs one typed-array read for the others.
  const slot = new Uint32Array(letterCount);
  const best3 = chosen.map(([l], i) => ((slot[l] = i + 1), new TopK(Math.max(1, opts.snippets))));
  for (let i = 0; i < matches.length; i++) {
    const s = slot[matches.letter[i]!]!;
    if (s !== 0) best3[s - 1]!.offer(matches.score[i]!, matches.doc[i]!);
  }
  const groups = chosen.map(([letter, score], i) => ({
    letter,
    score,
    hitCount: count[letter]!,
    match: boosts.get(letter)?.match ?? null,
    docs: count[letter]! > 0 ? [...best3[i]!.best()] : [],
  }));
  return { groups, totalHits, totalLetters: touched.length };
};
