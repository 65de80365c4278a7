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

/**
 * The letters' titles and own keys (app/corpus/keys.ts), prepared once per metadata version, so a
 * query's paper number and title words find their letters without reading any text: a title is
 * kept as its folded terms between spaces (` kamerbrief van 6 januari 2026 `), found by substring
 * search (a word of MIN_PREFIX or more characters as a prefix, a shorter one whole); keys by map.
 */
export class LetterFacts {
  private readonly titles: Array<{ letter: number; terms: string }> = [];
  private readonly byKey = new Map<string, number[]>();

  constructor(letters: Iterable<LetterFact>) {
    for (const { letter, title, keys } of letters) {
      this.titles.push({
        letter,
        terms: ` ${tokenize(title)
          .map((t) => t.norm)
          .join(' ')} `,
      });
      for (const key of keys) {
        const k = key.toLowerCase();
        const list = this.byKey.get(k);
        if (list) list.push(letter);
        else this.byKey.set(k, [letter]);
      }
    }
  }

  /**
   * Boost and kind of match per letter for a query (`query` as typed, `q` parsed): KEY_BOOST for
   * a letter whose own key the query names, DOSSIER_BOOST for a letter in the dossier the query
   * names alone, TITLE_BOOST for a letter whose title holds every word and phrase of the query.
   * A letter gets the largest that applies.
   */
  boosts(query: string, q: ParsedQuery): Map<number, { boost: number; match: LetterMatch }> {
    const out = new Map<number, { boost: number; match: LetterMatch }>();
    const give = (letter: number, boost: number, match: LetterMatch): void => {
      if ((out.get(letter)?.boost ?? 0) < boost) out.set(letter, { boost, match });
    };
    const paper = paperQuery(query);
    for (const key of paper.exact) for (const letter of this.byKey.get(key) ?? []) give(letter, KEY_BOOST, 'key');
    if (paper.dossier) {
      for (const [key, letters] of this.byKey) {
        if (key.startsWith(paper.dossier)) for (const letter of letters) give(letter, DOSSIER_BOOST, 'dossier');
      }
    }
    const needles = [...q.words.map((w) => (w.length >= MIN_PREFIX ? ` ${w}` : ` ${w} `)), ...q.phrases.map((p) => ` ${p.join(' ')} `)];
    if (needles.length === 0) return out;
    for (const { letter, terms } of this.titles) {
      if (needles.every((n) => terms.includes(n))) give(letter, TITLE_BOOST, 'title');
    }
    return out;
  }
}
