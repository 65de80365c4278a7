import { MIN_PREFIX, parseQuery, tokenize } from '../corpus/search-text';
import { DOSSIER_BOOST, KEY_BOOST, type LetterMatch, TITLE_BOOST } from './letter-facts';
import { paperQuery } from './paper-query';

/** A letter as the quick index sees it: its file, its readable title, its own keys (app/corpus/keys.ts). */
export interface QuickLetter {
  file: string;
  title: string;
  keys: readonly string[];
}

/** One letter of a quick answer: the file and how it matched (the same kinds and order as LetterFacts). */
export interface QuickMatch {
  file: string;
  match: LetterMatch;
}

/**
 * Most letters a query word may point at before the quick answer gives up (a word such as `kam`
 * in every `Kamerbrief` title): checking more would cost the frame the answer is for.
 */
export const QUICK_CANDIDATES = 4000;

/** `kst-36045-` of `kst-36045-264`: the dossier part a dossier query (`36 045`) names (paperQuery). */
const dossierOf = (key: string): string | null => /^kst-[^-]+-/.exec(key)?.[0] ?? null;

const push = <K>(map: Map<K, number[]>, key: K, letter: number): void => {
  const list = map.get(key);
  if (list) list.push(letter);
  else map.set(key, [letter]);
};

/**
 * The library's letters by title and own number, small enough for the renderer to hold, so a key
 * typed in the search box can show the letters a query names by number or title in the same frame
 * (issue 21), before main's full-text answer. It matches exactly as LetterFacts (main's boosts):
 * a key the query names (paperQuery) → `key`; a title holding every word (a word of MIN_PREFIX or
 * more characters as a prefix of a title term, a shorter one whole) and every quoted phrase →
 * `title`; a dossier the query names alone → `dossier`; a letter takes the strongest. Titles are
 * indexed per term (sorted terms → letters), so a query costs the letters its rarest word names,
 * not a pass over every title. Letters are added one at a time (the renderer adds them in idle slices).
 */
export class QuickLetterIndex {
  private readonly files: string[] = [];
  /** Per letter its title's folded terms between spaces (` kamerbrief van 6 januari 2026 `), as LetterFacts. */
  private readonly titles: string[] = [];
  private readonly byKey = new Map<string, number[]>();
  private readonly byDossier = new Map<string, number[]>();
  private readonly byTerm = new Map<string, number[]>();
  private sorted: string[] | null = null;

  /** Letters indexed so far. */
  get size(): number {
    return this.files.length;
  }

  /** Adds one letter (its number is the order of adding: the order of a quick answer within a kind of match). */
  add({ file, title, keys }: QuickLetter): void {
    const letter = this.files.length;
    this.files.push(file);
    const terms = tokenize(title).map((t) => t.norm);
    this.titles.push(` ${terms.join(' ')} `);
    for (const term of new Set(terms)) push(this.byTerm, term, letter);
    for (const key of new Set(keys.map((k) => k.toLowerCase()))) {
      push(this.byKey, key, letter);
      const dossier = dossierOf(key);
      if (dossier) push(this.byDossier, dossier, letter);
    }
    this.sorted = null;
  }

  /**
   * The letters `query` names by own number, title or dossier that `allowed` passes (all when
   * absent), strongest match first (key, title, dossier: KEY_BOOST > TITLE_BOOST > DOSSIER_BOOST),
   * then in the order added. Null when the answer cannot be given whole and cheaply: more than
   * `limit` letters match (the first screen would differ from main's, whose order within a kind
   * of match also weighs the text), or a key, a dossier or the rarest title word names more than
   * QUICK_CANDIDATES letters.
   * Never throws.
   */
  find(query: string, limit: number, allowed?: (file: string) => boolean): QuickMatch[] | null {
    const boost = new Map<number, number>();
    const give = (letter: number, b: number): void => {
      if ((boost.get(letter) ?? 0) < b) boost.set(letter, b);
    };
    const paper = paperQuery(query);
    const named = [...paper.exact.map((key) => this.byKey.get(key) ?? []), paper.dossier ? (this.byDossier.get(paper.dossier) ?? []) : []];
    if (named.some((letters) => letters.length > QUICK_CANDIDATES)) return null;
    for (const key of paper.exact) for (const letter of this.byKey.get(key) ?? []) give(letter, KEY_BOOST);
    if (paper.dossier) for (const letter of this.byDossier.get(paper.dossier) ?? []) give(letter, DOSSIER_BOOST);
    const q = parseQuery(query);
    const needles = [...q.words.map((w) => (w.length >= MIN_PREFIX ? ` ${w}` : ` ${w} `)), ...q.phrases.map((p) => ` ${p.join(' ')} `)];
    if (needles.length > 0) {
      const candidates = this.titleCandidates([...q.words, ...q.phrases.map((p) => p[0]!)]);
      if (candidates === null) return null;
      for (const letter of candidates) if (needles.every((n) => this.titles[letter]!.includes(n))) give(letter, TITLE_BOOST);
    }
    const found = [...boost].filter(([letter]) => !allowed || allowed(this.files[letter]!));
    if (found.length > limit) return null;
    found.sort(([a, x], [b, y]) => y - x || a - b);
    return found.map(([letter, b]) => ({
      file: this.files[letter]!,
      match: b === KEY_BOOST ? 'key' : b === TITLE_BOOST ? 'title' : 'dossier',
    }));
  }

  /** The letters whose title has a term for the rarest of `words` (prefix or whole, as LetterFacts), or null when too many. */
  private titleCandidates(words: readonly string[]): Iterable<number> | null {
    let best: number[][] | null = null;
    let bestSize = Infinity;
    for (const word of words) {
      const lists = this.termLists(word);
      const size = lists.reduce((n, l) => n + l.length, 0);
      if (size < bestSize) [best, bestSize] = [lists, size];
      if (size === 0) return [];
    }
    if (!best || bestSize > QUICK_CANDIDATES) return null;
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
