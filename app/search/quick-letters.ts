import { parseQuery } from '../corpus/search-text';
import { LetterFacts, type LetterMatch } from './letter-facts';

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

/**
 * The library's letters by title and own number, small enough for the renderer to hold, so a key
 * typed in the search box can show the letters a query names by number or title in the same frame
 * (issue 21), before main's full-text answer. It matches through LetterFacts, as main's boosts do:
 * a key the query names (paperQuery) → `key`; a title holding every word (a word of MIN_PREFIX or
 * more characters as a prefix of a title term, a shorter one whole) and every quoted phrase →
 * `title`; a dossier the query names alone → `dossier`; a letter takes the strongest. Titles are
 * indexed per term (sorted terms → letters), so a query costs the letters its rarest word names,
 * not a pass over every title. Letters are added one at a time (the renderer adds them in idle slices).
 */
export class QuickLetterIndex {
  private readonly files: string[] = [];
  private readonly facts = new LetterFacts();

  /** Letters indexed so far. */
  get size(): number {
    return this.files.length;
  }

  /** Adds one letter (its number is the order of adding: the order of a quick answer within a kind of match). */
  add({ file, title, keys }: QuickLetter): void {
    this.facts.add({ letter: this.files.length, title, keys });
    this.files.push(file);
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
    const boosts = this.facts.boosts(query, parseQuery(query), QUICK_CANDIDATES);
    if (boosts === null) return null;
    const found = [...boosts].filter(([letter]) => !allowed || allowed(this.files[letter]!));
    if (found.length > limit) return null;
    found.sort(([a, x], [b, y]) => y.boost - x.boost || a - b);
    return found.map(([letter, { match }]) => ({ file: this.files[letter]!, match }));
  }
}
