import { refSpots } from './note-starts';
import type { PageLine } from './pages';

/**
 * Note labels printed on the line below their note's first line (issue 14): poppler's `-layout`
 * mode sets a raised label whose top lies below the body line's top on the next line, so a
 * LibreOffice foot reads `Kamerstuk 36 045, nr. 200.`, `1`, blank, `Zie ook … aan`, `2`, blank,
 * `Oekraïne (…).` Read with the label-first rule, each label took the next note's body (the last
 * note empty). Each such label is put back before the line above it.
 *
 * Evidence, all required: a bare number on a line of its own, a blank line (or the page's end)
 * below it; above it a line that opens as a note body does (a capital, a bracket or quote, a web
 * address) with a blank line (or the page's start) above that; the numbers so found count up by
 * one (`a..b`); the references of `a..b` stand in order in the lines above the first of them
 * (note-starts.ts). Otherwise the page is left as it is.
 */

const BARE = /^\d{1,3}$/;
const OPENS = /^(?:[\p{Lu}(["'‘“„]|https?:|www\.)/u;
const ENDS = /[.)!?:;]["'’”]*$/;

/** The page with its labels-below-first-lines put back before those lines, or null (see the module comment). */
export const labelsBelowBodies = (page: PageLine[]): PageLine[] | null => {
  const text = (i: number) => page[i]?.text ?? '';
  const at: number[] = [];
  for (let i = 1; i < page.length; i++)
    if (BARE.test(text(i)) && text(i + 1) === '' && OPENS.test(text(i - 1)) && !BARE.test(text(i - 1)) && (i === 1 || text(i - 2) === ''))
      at.push(i);
  if (at.length === 0) return null;
  const labels = at.map((i) => Number(text(i)));
  if (labels[0]! < 1 || labels.some((v, q) => q > 0 && v !== labels[q - 1]! + 1)) return null;
  // The references of a..b in order above the first note.
  const top = at[0]! - 1;
  let from = 0;
  for (const n of labels) {
    let hit = -1;
    for (let i = from; i < top && hit < 0; i++) {
      const ends = i === 0 || text(i - 1) === '' || ENDS.test(text(i - 1));
      if (refSpots(text(i), n, i, ends).length > 0) hit = i;
    }
    if (hit < 0) return null;
    from = hit;
  }
  const out = [...page];
  for (const i of at) [out[i - 1], out[i]] = [page[i]!, page[i - 1]!];
  return out;
};
