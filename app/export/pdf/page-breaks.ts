/**
 * The page-break rules of serious typesetting, as pure decisions over where lines landed:
 * orphans and widows (a paragraph split across pages keeps at least `MIN_LINES` lines on each
 * side, so a paragraph of 2–3 lines is not split), headings kept with the first lines of what
 * follows, and a passage's citation line kept with the passage's last line. Each rule answers
 * with the line before which a new page must start (`BreakFix`), or nothing when the layout
 * is acceptable or cannot be improved: a line that already opens its page gains nothing from
 * a break, which is how a paragraph taller than a page is broken where it must be.
 */

/** Where a placed line stands: its page, and whether it is the first body line there. */
export interface LinePos {
  page: number;
  top: boolean;
}

/** Start a new page before line `line` of paragraph `para`. */
export interface BreakFix {
  para: number;
  line: number;
}

/** What the keep rules need to know of a paragraph. */
export interface KeepFlags {
  keepWithNext?: boolean;
  keepWithPrevious?: boolean;
  pageBreakBefore?: boolean;
}

/** Fewest lines of a paragraph at the foot of a page (orphans) and at the head of the next (widows). */
export const MIN_LINES = 2;

/**
 * Orphan and widow control for one paragraph, given the position of each of its lines: the
 * index of the line before which a new page must start, or undefined. Too few lines on the
 * first page move the whole paragraph (0); too few on the last page pull lines from the page
 * before (`n - MIN_LINES`), or the whole paragraph when that would leave too few behind.
 */
export function splitFix(lines: LinePos[]): number | undefined {
  const n = lines.length;
  const first = lines[0];
  const last = lines[n - 1];
  if (!first || !last || first.page === last.page) return undefined;
  const firstCount = lines.findIndex((l) => l.page !== first.page);
  if (firstCount < MIN_LINES && !first.top) return 0;
  const lastStart = lines.findIndex((l) => l.page === last.page);
  if (n - lastStart >= MIN_LINES) return undefined;
  const pull = Math.max(n - MIN_LINES, 0);
  const before = (lines[lastStart - 1] as LinePos).page;
  const beforeStart = lines.findIndex((l) => l.page === before);
  // Pulling lines must not leave an orphan behind: then the whole paragraph moves, if that helps.
  if (pull - beforeStart < MIN_LINES) return beforeStart === 0 && !first.top ? 0 : undefined;
  return (lines[pull] as LinePos).top ? undefined : pull;
}

/**
 * The keep rules for paragraph `index`, just placed (`placed[i]` holds the line positions of
 * paragraph i, for every paragraph up to `index`):
 * - keep with previous (a passage's citation line): its first line must share the page of the
 *   previous paragraph's last line, else that last line moves on (and with it, by `splitFix`,
 *   as many lines as widow control asks);
 * - keep with next (headings, also several in a row): the heading and the first `MIN_LINES`
 *   lines after it share a page, else the heading starts a new page. A page break that the
 *   document asks for itself (`pageBreakBefore`) ends the chain.
 */
export function keepFix(paras: KeepFlags[], placed: LinePos[][], index: number): BreakFix | undefined {
  const flags = paras[index] as KeepFlags;
  const own = placed[index] as LinePos[];
  if (flags.keepWithPrevious && index > 0) {
    const previous = placed[index - 1] as LinePos[];
    const last = previous[previous.length - 1] as LinePos;
    if ((own[0] as LinePos).page !== last.page && !last.top) return { para: index - 1, line: previous.length - 1 };
  }
  if (flags.keepWithNext || flags.pageBreakBefore) return undefined;
  // The paragraphs after the heading chain, up to this one; done once MIN_LINES lines follow it.
  let end = index - 1;
  let linesBefore = 0;
  for (; end >= 0 && !paras[end]?.keepWithNext; end--) {
    if (paras[end]?.pageBreakBefore) return undefined;
    linesBefore += (placed[end] as LinePos[]).length;
    if (linesBefore >= MIN_LINES) return undefined;
  }
  if (end < 0) return undefined;
  let start = end;
  while (start > 0 && paras[start - 1]?.keepWithNext && !paras[start]?.pageBreakBefore) start--;
  const head = (placed[start] as LinePos[])[0] as LinePos;
  const following = placed
    .slice(end + 1, index + 1)
    .flat()
    .slice(0, MIN_LINES);
  if (head.top || following.every((l) => l.page === head.page)) return undefined;
  return { para: start, line: 0 };
}
