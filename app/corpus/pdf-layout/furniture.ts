import type { LayoutLine } from './lines';

/**
 * Page furniture of a PDF: running headers and footers, page numbers, a colophon line. Found by
 * position and repetition, not by phrase: a line in the top or bottom tenth of the page whose
 * shape (digits as `#`) recurs on at least two pages and 40% of them, the same text each time or
 * counting up (a page number in it), or a bare number there that follows the page number.
 */

const shape = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[\uE000-\uE001]|fn\d+/g, '')
    .replace(/\d+/g, '#')
    .replace(/\s+/g, ' ')
    .trim();

const numbers = (text: string): number[] => (text.match(/\d+/g) ?? []).map(Number);

const counts = (texts: string[]): boolean =>
  texts.slice(1).every((t, k) => {
    const a = numbers(texts[k]!);
    const b = numbers(t);
    const differ = a.flatMap((v, i) => (v === b[i] ? [] : [b[i]! - v]));
    return a.length === b.length && differ.length === 1 && differ[0]! > 0;
  });

/** True for the lines to drop; `heights` gives each page's height by page number. */
export const furnitureOf = (lines: LayoutLine[], heights: Map<number, number>): Set<LayoutLine> => {
  const edge = (l: LayoutLine) => {
    const h = heights.get(l.page) ?? 842;
    return l.y > h * 0.9 || l.y < h * 0.1;
  };
  const pages = new Set(lines.map((l) => l.page)).size;
  const byShape = new Map<string, LayoutLine[]>();
  for (const l of lines.filter(edge)) {
    const s = shape(l.text);
    if (s === '') continue;
    if (!byShape.has(s)) byShape.set(s, []);
    byShape.get(s)!.push(l);
  }
  const out = new Set<LayoutLine>();
  for (const [s, group] of byShape) {
    const onPages = new Set(group.map((l) => l.page)).size;
    const texts = group.map((l) => l.text);
    const bare = s === '#' && group.filter((l) => Number(l.text) - l.page === Number(group[0]!.text) - group[0]!.page).length >= 2;
    if (bare || (s !== '#' && onPages >= Math.max(2, Math.ceil(pages * 0.4)) && (new Set(texts).size === 1 || counts(texts))))
      for (const l of group) if (s !== '#' || Number(l.text) - l.page === Number(group[0]!.text) - group[0]!.page) out.add(l);
  }
  return out;
};
