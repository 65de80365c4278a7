import { MIN_PREFIX, type ParsedQuery, tokenize } from '../corpus/search-text';
import { paperQuery } from './paper-query';

/** Added to a letter's score when the query is its own paper number (or another own key). */
export const KEY_BOOST = 1_000_000;
/** Added when every word of the query is in the letter's title. */
export const TITLE_BOOST = 10_000;
/** Added when the query is the dossier number of the letter's own paper number. */
export const DOSSIER_BOOST = 1_000;

/** A letter as the boosts see it: its number in the index, its readable title, its own keys. */
export interface LetterFact {
  letter: number;
  title: string;
  keys: readonly string[];
}

/** How a letter matched the query beside its text. */
export type LetterMatch = 'key' | 'title' | 'dossier';

/** A letter's boost and kind of match for one query. */
export type LetterBoost = { boost: number; match: LetterMatch };

/** `kst-36045-` of `kst-36045-264`: the dossier part a dossier query (`36 045`) names (paperQuery). */
const dossierOf = (key: string): string | null => /^kst-[^-]+-/.exec(key)?.[0] ?? null;

const push = <K>(map: Map<K, number[]>, key: K, letter: number): void => {
  const list = map.get(key);
  if (list) list.push(letter);
  else map.set(key, [letter]);
};

/**
 * The letters' titles and own keys (app/corpus/keys.ts), so a query's paper number and title words
 * find their letters without reading any text. A title matches when it holds every word of the
 * query (a word of MIN_PREFIX or more characters as a prefix of a title term, a shorter one whole)
 * and every quoted phrase as adjacent terms; titles are kept as their folded terms between spaces
 * (` kamerbrief van 6 januari 2026 `) and indexed per term (sorted terms → letters), so a query
 * checks only the titles its rarest word names, not every title (issue 22: a pass over 100,000
 * titles took 12–190 ms a query). Keys and dossiers (`kst-36045-`) by map. Used by main's grouped
 * search and, through QuickLetterIndex, by the renderer's quick answer: both give the same letters.
 */
export class LetterFacts {
  /** Per letter number its title's folded terms between spaces. */
  private readonly titles = new Map<number, string>();
  private readonly byKey = new Map<string, number[]>();
  private readonly byDossier = new Map<string, number[]>();
  private readonly byTerm = new Map<string, number[]>();
  private sorted: string[] | null = null;

  constructor(letters: Iterable<LetterFact> = []) {
    for (const fact of letters) this.add(fact);
  }

  /** Adds one letter (a letter number added twice keeps its first title and both sets of keys). */
  add({ letter, title, keys }: LetterFact): void {
    const terms = tokenize(title).map((t) => t.norm);
    if (!this.titles.has(letter)) {
      this.titles.set(letter, ` ${terms.join(' ')} `);
      for (const term of new Set(terms)) push(this.byTerm, term, letter);
    }
    for (const key of new Set(keys.map((k) => k.toLowerCase()))) {
      push(this.byKey, key, letter);
      const dossier = dossierOf(key);
      if (dossier) push(this.byDossier, dossier, letter);
    }
    this.sorted = null;
  }

  /**
   * Boost and kind of match per letter number for a query (`query` as typed, `q` parsed):
   * KEY_BOOST for a letter whose own key the query names, DOSSIER_BOOST for a letter in the dossier
   * the query names alone, TITLE_BOOST for a letter whose title holds every word and phrase of the
   * query. A letter gets the largest that applies. With `cap`, null when a key, a dossier or the
   * rarest title word names more than `cap` letters (the answer would not be cheap); never throws.
   */
  boosts(query: string, q: ParsedQuery, cap = Infinity): Map<number, LetterBoost> | null {
    const out = new Map<number, LetterBoost>();
    const give = (letter: number, boost: number, match: LetterMatch): void => {
      if ((out.get(letter)?.boost ?? 0) < boost) out.set(letter, { boost, match });
    };
    const paper = paperQuery(query);
    const byKey = paper.exact.map((key) => this.byKey.get(key) ?? []);
    const byDossier = paper.dossier ? (this.byDossier.get(paper.dossier) ?? []) : [];
    if ([...byKey, byDossier].some((letters) => letters.length > cap)) return null;
    for (const letters of byKey) for (const letter of letters) give(letter, KEY_BOOST, 'key');
    for (const letter of byDossier) give(letter, DOSSIER_BOOST, 'dossier');
    const needles = [...q.words.map((w) => (w.length >= MIN_PREFIX ? ` ${w}` : ` ${w} `)), ...q.phrases.map((p) => ` ${p.join(' ')} `)];
    if (needles.length === 0) return out;
    const candidates = this.titleCandidates([...q.words, ...q.phrases.flatMap((p) => p.slice(0, 1))], cap);
    if (candidates === null) return null;
    for (const letter of candidates) if (needles.every((n) => this.titles.get(letter)!.includes(n))) give(letter, TITLE_BOOST, 'title');
    return out;
  }

  /** The letters whose title has a term for the rarest of `words` (prefix or whole, as above), or null when more than `cap`. */
  private titleCandidates(words: readonly string[], cap: number): Iterable<number> | null {
    let best: number[][] = [];
    let bestSize = Infinity;
    for (const word of words) {
      const lists = this.termLists(word);
      const size = lists.reduce((n, l) => n + l.length, 0);
      if (size === 0) return [];
      if (size < bestSize) [best, bestSize] = [lists, size];
    }
    if (bestSize > cap) return null;
    return best.length === 1 ? best[0]! : new Set(best.flat());
  }

  /** The letter lists of the title terms `word` matches: itself, and when MIN_PREFIX long every term it begins. */
  private termLists(word: string): number[][] {
    if (word.length < MIN_PREFIX) return this.byTerm.has(word) ? [this.byTerm.get(word)!] : [];
    const terms = (this.sorted ??= [...this.byTerm.keys()].sort());
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (terms[mid]! < word) lo = mid + 1;
      else hi = mid;
    }
    const lists: number[][] = [];
    for (let i = lo; i < terms.length && terms[i]!.startsWith(word); i++) lists.push(this.byTerm.get(terms[i]!)!);
    return lists;
  }
}

/** Letters a LetterFacts preparation adds between two yields (FactsCache.prepare). */
const FACTS_SLICE = 250;

/**
 * LetterFacts for one metadata version (any object replaced when metadata changes) and one set of
 * letters: built whole when a search asks (`get`), or ahead of it a slice at a time (`prepare`),
 * so the first grouped search after a start need not build them (issue 22: 0.4–0.8 s at 100,000
 * letters, mostly readable titles). `clear` forgets them when the letters change.
 */
export class FactsCache {
  private built: { version: object; facts: LetterFacts } | null = null;
  private epoch = 0;

  /** Forgets the facts (letters were added or removed); a preparation under way gives up. */
  clear(): void {
    this.built = null;
    this.epoch++;
  }

  /** The facts of `letters()` for `version`: the prepared ones, else built now in one piece. */
  get(letters: () => Iterable<LetterFact>, version: object): LetterFacts {
    for (const _ of this.prepare(letters, version, Infinity));
    return this.built!.facts;
  }

  /**
   * Builds the facts of `letters()` for `version`, yielding after every `slice` letters; done at
   * once when they are built already. Gives up (ends without keeping them) when `clear` is called
   * meanwhile; a `get` meanwhile builds its own. The caller decides how many steps a turn takes.
   */
  *prepare(letters: () => Iterable<LetterFact>, version: object, slice = FACTS_SLICE): Generator<void, void, void> {
    if (this.built?.version === version) return;
    const epoch = this.epoch;
    const facts = new LetterFacts();
    let n = 0;
    for (const fact of letters()) {
      facts.add(fact);
      if (++n % slice === 0) {
        yield;
        if (this.epoch !== epoch || this.built?.version === version) return;
      }
    }
    this.built = { version, facts };
  }
}
