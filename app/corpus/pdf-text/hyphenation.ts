import hyphenNl from 'hyphen/nl/index.js';

/**
 * Line-end hyphens in text set from PDF: a word broken by the typesetter (`beleidsvoor-` +
 * `nemen`) is joined without the hyphen, a real compound (`NAVO-` + `luchtruim`, `EU-` +
 * `lidstaten`, `niet-` + `militaire`) keeps it. Decided, in this order, by:
 * 1. the Dutch spelling rules that force a hyphen: a part ending or starting with a capital or a
 *    digit (abbreviations, names, numbers: `NAVO-luchtruim`, `F-16-toestellen`, `Noord-Atlantische`),
 *    and the prefixes written with one (`niet-`, `ex-`, `non-`; Leidraad of the Woordenlijst);
 * 2. the letter itself: the word written elsewhere in it with the hyphen inside a line keeps it,
 *    written elsewhere joined loses it;
 * 3. Dutch hyphenation patterns (npm `hyphen`, Liang's patterns from TeX's hyph-nl): a break the
 *    patterns allow is typographic; one they forbid (`zee-egel`, `auto-ongeluk`, `EU-lidstaten`
 *    as `eulidstaten`) is a real hyphen, as Dutch writes one exactly where the joined word would
 *    be misread.
 */

const FORCED_PREFIX = /^(?:niet|ex|non)$/i;

/** Words of a text as a set of lower-case forms, for rule 2 (`joined` and `hyphenated` forms). */
export interface WordEvidence {
  joined: Set<string>;
  hyphenated: Set<string>;
}

/** Collects the words written inside lines: `a-b` forms and plain words, lower-cased. */
export const wordEvidence = (lines: readonly string[]): WordEvidence => {
  const joined = new Set<string>();
  const hyphenated = new Set<string>();
  for (const line of lines)
    for (const m of line.matchAll(/[\p{L}\d]+(?:-[\p{L}\d]+)*(?=[^-\p{L}\d]|$)/gu)) {
      const w = m[0].toLowerCase();
      if (w.includes('-')) hyphenated.add(w);
      else joined.add(w);
    }
  return { joined, hyphenated };
};

const lastWord = (text: string): string => /[\p{L}\d]+(?:-[\p{L}\d]+)*$/u.exec(text)?.[0] ?? '';
const firstWord = (text: string): string => /^[\p{L}\d]+/u.exec(text)?.[0] ?? '';

/**
 * True when the hyphen ending `left` (a line that ends in `letter-`) is a real hyphen to keep
 * when joined with the line `right`. `left` includes the hyphen; both are whole lines or words.
 */
export const keepsLineEndHyphen = (left: string, right: string, evidence?: WordEvidence): boolean => {
  const before = lastWord(left.slice(0, -1));
  const after = firstWord(right.trimStart());
  if (before === '' || after === '') return true;
  const head = before.split('-').pop() ?? before;
  if (/[\p{Lu}\d]$/u.test(head) || /^[\p{Lu}\d]/u.test(after)) return true;
  if (FORCED_PREFIX.test(head)) return true;
  const hyphenated = `${before}-${after}`.toLowerCase();
  const joined = `${before}${after}`.toLowerCase();
  if (evidence?.hyphenated.has(hyphenated)) return true;
  if (evidence?.joined.has(joined)) return false;
  const word = `${head}${after}`.toLowerCase();
  const points = hyphenNl.hyphenateSync(word, { hyphenChar: '|', minWordLength: 4 }).split('|');
  let at = 0;
  for (const part of points.slice(0, -1)) {
    at += part.length;
    if (at === head.length) return false;
  }
  return true;
};
