import { NOTE_CLOSE, NOTE_OPEN } from '../raw-paragraph';

/**
 * The two ends of a footnote in text extracted from PDF (FORMATS.md, "PDF → text"): the body at
 * the page foot begins with its number, glued (`4Kamerstuk …`), after a space, or alone on a line
 * with the body on the next; the reference in the text is the same number glued to the word or
 * punctuation before it (`planningsproces.1`), after punctuation and a space (`besteden. 7 Deze`),
 * after a word and a space with the sentence's punctuation right after it (`Oekraïne 1, zoals`),
 * or alone on a line of its own. Numbers that are part of a number (`2025`, `36 045`, `F-16`,
 * `BZ2519785`) or followed by a lower-case word (`ca. 5 mld.`) are not references. A body may open with a case
 * or document number glued to its label (`21` + `2026Z00184`: four digits, a capital, digits).
 */

/** A note body starting with number `n` on `line`: the rest of the line (empty when the number stands alone). */
export const noteStart = (line: string, n: number): string | null => {
  if (line === String(n)) return '';
  const m = new RegExp(`^${n}(?![\\d.,:])\\s?(\\S.*)$`, 'u').exec(line);
  if (m) return /^[\p{L}("'‘“«]/u.test(m[1]!) ? m[1]! : null;
  // A body that opens with a case or document number glued to the label (`21` + `2026Z00184.`).
  const id = new RegExp(`^${n}(\\d{4}[A-Z]\\d{3,}\\b.*)$`, 'u').exec(line);
  return id ? id[1]! : null;
};

/** A candidate reference: where the number stands and how sure the reading is (3 best, 0 weakest). */
export interface RefSpot {
  line: number;
  /** UTF-16 index of the first character to replace (a space before a spaced number included). */
  start: number;
  end: number;
  quality: number;
}

const GLUED_AFTER = /[\p{L}.,;:!?)\]’”"'%]/u;

/** Reference candidates for `n` in `text` (line index `line`); `prevEnds` says whether the line before ends a sentence. */
export const refSpots = (text: string, n: number, line: number, prevEnds: boolean): RefSpot[] => {
  const num = String(n);
  const out: RefSpot[] = [];
  if (text === num) return [{ line, start: 0, end: text.length, quality: 1 }];
  const re = new RegExp(`(?<!\\d)${num}(?![\\d\\uE001])`, 'gu');
  for (const m of text.matchAll(re)) {
    const at = m.index;
    const after = text.slice(at + num.length);
    const before = text[at - 1];
    const endsAfter = after === '' || /^[\s.,;:!?)]/.test(after);
    if (before !== undefined && before !== ' ' && GLUED_AFTER.test(before) && endsAfter) {
      // `11,7` and `3.5` are numbers, not references (a year ending a sentence is: `november 2025.2`);
      // neither is a number right after an anchor.
      const year = before === '.' && /(?<!\d)(?:19|20)\d{2}$/.test(text.slice(0, at - 1)) && /^(?:\s|$)/.test(after);
      if (text[at - 2] === NOTE_CLOSE || (/[.,]/.test(before) && /\d/.test(text[at - 2] ?? '') && !year)) continue;
      out.push({ line, start: at, end: at + num.length, quality: /\p{L}/u.test(before) ? 2 : 3 });
    } else if (before === ' ' && /[.,;:!?)’”]/.test(text[at - 2] ?? '') && (after === '' || /^\s+[\p{Lu}(]/u.test(after))) {
      out.push({ line, start: at - 1, end: at + num.length, quality: 1 });
    } else if (before === ' ' && /[\p{L}\d]/u.test(text[at - 2] ?? '') && /^[.,;:!?)](?:\s|$)/u.test(after)) {
      // Set after a space, the sentence's punctuation right after it (`Oekraïne 1, zoals`, `2026 1?`).
      out.push({ line, start: at - 1, end: at + num.length, quality: 0 });
    } else if (at === 0 && prevEnds && /^\s+\p{Lu}/u.test(after)) {
      out.push({ line, start: 0, end: num.length, quality: 1 });
    }
  }
  return out;
};

/** Puts the anchor sentinel for footnote `id` in place of a reference spot. */
export const markRef = (text: string, spot: RefSpot, id: string): string =>
  `${text.slice(0, spot.start)}${NOTE_OPEN}${id}${NOTE_CLOSE}${text.slice(spot.end)}`;

/**
 * A reference glued to a year (`in 20277;`: the year 2027, reference 7), the last resort when the numbering needs `n`
 * and no other spot is found: a year 1900–2099 followed by `n` and punctuation or a space, not a number of a list or
 * paper (`nr. 20277`, `36 20277`).
 */
export const yearRefSpots = (text: string, n: number, line: number): RefSpot[] => {
  const re = new RegExp(`(?<![\\d.,/-])(?:19|20)\\d{2}(${n})(?=[\\s.,;:!?)]|$)`, 'gu');
  const out: RefSpot[] = [];
  for (const m of text.matchAll(re)) {
    if (/(?:\bnrs?\.?|\d)\s*$/iu.test(text.slice(0, m.index))) continue;
    const start = m.index + m[0].length - String(n).length;
    out.push({ line, start, end: start + String(n).length, quality: -1 });
  }
  return out;
};
