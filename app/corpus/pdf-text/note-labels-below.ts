import { refSpots } from './note-starts';
import type { PageLine } from './pages';

/**
 * Note labels printed on the line below their note bodies (issue 14): poppler's `-layout` mode
 * sets a raised label whose top lies below the body line's top on the next line, so a
 * LibreOffice foot reads `Kamerstuk 36 045, nr. 200.`, `1`, blank, `Zie ook …`, `2`, blank.
 * Read with the label-first rule, each label took the next note's body (the last note empty).
 * Such a page is put back in reading order, each label before its body.
 *
 * Evidence, all required: the page ends (blank lines aside) in one or more groups separated by
 * blank lines, a blank line above the first; each group is one or more lines that are not bare
 * numbers followed by one bare number; the numbers count up by one (`a..b`); each body opens as a
 * note body does (a capital, a bracket or quote, a web address); the references of `a..b` stand in
 * order in the lines above the first group (note-starts.ts). Otherwise the page is left as it is.
 */

const BARE = /^\d{1,3}$/;
const OPENS = /^(?:[\p{Lu}(["'‘“„]|https?:|www\.)/u;
const ENDS = /[.)!?:;]["'’”]*$/;

/** The page with its labels-below-bodies foot put back in reading order, or null (see the module comment). */
export const labelsBelowBodies = (page: PageLine[]): PageLine[] | null => {
  let e = page.length - 1;
  while (e >= 0 && page[e]!.text === '') e--;
  const groups: { from: number; to: number }[] = [];
  while (e >= 0 && BARE.test(page[e]!.text)) {
    let s = e;
    while (s - 1 >= 0 && page[s - 1]!.text !== '' && !BARE.test(page[s - 1]!.text)) s--;
    if (s === e || s === 0 || page[s - 1]!.text !== '' || !OPENS.test(page[s]!.text)) break;
    groups.unshift({ from: s, to: e });
    e = s - 1;
    while (e >= 0 && page[e]!.text === '') e--;
  }
  if (groups.length === 0) return null;
  const labels = groups.map((g) => Number(page[g.to]!.text));
  if (labels[0]! < 1 || labels.some((v, q) => q > 0 && v !== labels[q - 1]! + 1)) return null;
  // The references of a..b in order above the foot.
  const top = groups[0]!.from;
  let at = 0;
  for (const n of labels) {
    let hit = -1;
    for (let i = at; i < top && hit < 0; i++) {
      const ends = i === 0 || page[i - 1]!.text === '' || ENDS.test(page[i - 1]!.text);
      if (refSpots(page[i]!.text, n, i, ends).length > 0) hit = i;
    }
    if (hit < 0) return null;
    at = hit;
  }
  const out = page.slice(0, top);
  for (const g of groups) out.push(page[g.to]!, ...page.slice(g.from, g.to));
  out.push(...page.slice(groups[groups.length - 1]!.to + 1));
  return out;
};
