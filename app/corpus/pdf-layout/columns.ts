import type { PdfTextItem } from './types';

/**
 * Columns of a PDF page, found by the gap between them (issue 14: two-column reading order): a
 * vertical strip at least 12 pt wide in the middle of the page (between 30% and 70% of its
 * width) that no body-size text item crosses, with at least a fifth of the body text on either
 * side of it, side by side (their heights overlap). Items are then read column by column: what
 * stands above the columns (a title) first, the left column, the right column, and what stands
 * below them last. What stands below the columns is kept with its column when none of it but a
 * page number (three characters at most) crosses the gutter: LibreOffice sets each column's
 * notes under that column. A page without such a strip is one column, unless another page of
 * the document has one: then the same strip, clear on this page with text on both sides side by
 * side, makes this page two columns too (a last page holding only the signature on the right).
 */

/** Items of a page in reading order groups: each group is laid out in lines of its own. */
export interface ColumnSplit {
  /** 0: no columns (the whole page); else the groups above, left, right and below. */
  groups: { column: number; items: PdfTextItem[] }[];
}

const GUTTER = 12;

const dominantSize = (items: readonly PdfTextItem[]): number => {
  const weight = new Map<number, number>();
  for (const it of items) weight.set(it.size, (weight.get(it.size) ?? 0) + it.str.trim().length);
  return [...weight].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
};

/**
 * Whether the items that cross a candidate gutter all stand above or below every other body item:
 * a title or a closing line across both columns, which does not make the page one column
 * (splitColumns reads them before and after the columns). True when nothing crosses.
 */
const aboveOrBelow = (crossing: readonly PdfTextItem[], sides: readonly PdfTextItem[]): boolean => {
  if (crossing.length === 0) return true;
  if (sides.length === 0) return false;
  const top = Math.max(...sides.map((it) => it.y));
  const bottom = Math.min(...sides.map((it) => it.y));
  return crossing.every((it) => it.y > top || it.y < bottom);
};

/**
 * Whether the document's gutter `hint` (x range, points) splits this page's body items: nothing
 * crosses it but lines above or below both columns, both sides hold text, side by side.
 */
const fitsGutter = (body: readonly PdfTextItem[], [g0, g1]: [number, number]): boolean => {
  const crosses = (it: PdfTextItem) => it.x < g1 - 1 && it.x + it.width > g0 + 1;
  const sides = body.filter((it) => !crosses(it));
  if (!aboveOrBelow(body.filter(crosses), sides)) return false;
  const left = sides.filter((it) => it.x + it.width <= g0 + 1);
  const right = sides.filter((it) => it.x >= g1 - 1);
  if (left.length === 0 || right.length === 0) return false;
  const top = (side: PdfTextItem[]) => Math.max(...side.map((it) => it.y));
  const bottom = (side: PdfTextItem[]) => Math.min(...side.map((it) => it.y));
  return !(bottom(left) > top(right) || bottom(right) > top(left));
};

/** The gutter's x range, or null when the page has one column. */
export const gutterOf = (body: readonly PdfTextItem[], width: number): [number, number] | null => {
  const chars = body.reduce((n, it) => n + it.str.trim().length, 0);
  for (let g = width * 0.3; g + GUTTER <= width * 0.7; g += 2) {
    const crosses = (it: PdfTextItem) => it.x < g + GUTTER && it.x + it.width > g;
    const sides = body.filter((it) => !crosses(it));
    if (!aboveOrBelow(body.filter(crosses), sides)) continue;
    const left = sides.filter((it) => it.x + it.width <= g);
    const right = sides.filter((it) => it.x >= g + GUTTER);
    const share = (side: PdfTextItem[]) => side.reduce((n, it) => n + it.str.trim().length, 0) / chars;
    if (left.length === 0 || right.length === 0 || share(left) < 0.2 || share(right) < 0.2) continue;
    const top = (side: PdfTextItem[]) => Math.max(...side.map((it) => it.y));
    const bottom = (side: PdfTextItem[]) => Math.min(...side.map((it) => it.y));
    if (bottom(left) > top(right) || bottom(right) > top(left)) continue;
    let end = g + GUTTER;
    while (end + 2 <= width * 0.7 && !sides.some((it) => it.x < end + 2 && it.x + it.width > end)) end += 2;
    return [g, end];
  }
  return null;
};

/** A page's body items: the text at its dominant size (at least 90% of it). */
export const bodyItems = (items: readonly PdfTextItem[]): PdfTextItem[] => {
  const size = dominantSize(items);
  return items.filter((it) => it.size >= size * 0.9 && it.str.trim() !== '');
};

/** A page's own gutter (gutterOf, null for none) and the document's (found on another page), x ranges in points. */
export interface Gutters {
  own: [number, number] | null;
  hint: [number, number] | null;
}

/**
 * Splits a page's items into reading-order groups (see the module comment); `gutters`, when the
 * caller has them, saves looking for the page's own gutter again, and gives the document's.
 */
export const splitColumns = (items: readonly PdfTextItem[], width: number, gutters?: Gutters): ColumnSplit => {
  const size = dominantSize(items);
  const body = bodyItems(items);
  const hint = gutters?.hint;
  const gutter = (gutters ? gutters.own : gutterOf(body, width)) ?? (hint && fitsGutter(body, hint) ? hint : null);
  if (!gutter) return { groups: [{ column: 0, items: [...items] }] };
  const [g0, g1] = gutter;
  const inColumns = body.filter((it) => it.x + it.width <= g0 || it.x >= g1);
  const top = Math.max(...inColumns.map((it) => it.y)) + size * 0.5;
  const bottom = Math.min(...inColumns.map((it) => it.y)) - size * 0.5;
  const groups = { above: [] as PdfTextItem[], left: [] as PdfTextItem[], right: [] as PdfTextItem[], below: [] as PdfTextItem[] };
  for (const it of items) {
    if (it.y > top) groups.above.push(it);
    else if (it.y < bottom) groups.below.push(it);
    else if (it.x + it.width <= g0 + 1) groups.left.push(it);
    else if (it.x >= g1 - 1) groups.right.push(it);
    else groups.above.push(it);
  }
  // Notes per column: what stands below stays with its column unless a line of it crosses the gutter.
  const crossing = (it: PdfTextItem) => it.x + it.width > g0 + 1 && it.x < g1 - 1;
  const perColumn = !groups.below.some((it) => crossing(it) && it.str.trim().length > 3);
  const below = perColumn ? groups.below.filter(crossing) : groups.below;
  if (perColumn) for (const it of groups.below) if (!crossing(it)) (it.x + it.width <= g0 + 1 ? groups.left : groups.right).push(it);
  return {
    groups: [
      { column: 0, items: groups.above },
      { column: 1, items: groups.left },
      { column: 2, items: groups.right },
      { column: 0, items: below },
    ].filter((g) => g.items.length > 0),
  };
};
