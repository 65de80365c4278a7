import type { LayoutLine } from './lines';

/**
 * Page furniture of a PDF: running headers and footers, page numbers, a colophon line. Found by
 * position and repetition, not by phrase: a line in the top or bottom tenth of the page whose
 * shape (digits as `#`) recurs on at least two pages and 40% of them, the same text each time or
 * counting up (a page number in it), or a bare number there that follows the page number (on two pages, or
 * on one when it is that page's own number: a one-page letter); and
 * standing apart from the body (furnitureOf), so a body line repeated at the same height on every
 * page stays.
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

const SENTENCE_END = /[.!?](?:\uE000[^\uE001]*\uE001)*$/;

/** What furnitureOf decided: the lines to drop, and those of them not obviously furniture. */
export interface Furniture {
  drop: Set<LayoutLine>;
  /** Dropped lines that may be body text (pdf-text/furniture-warning.ts), in reading order. */
  doubtful: LayoutLine[];
}

/** The median baseline distance between successive lines of one column on one page (points), 12 when unknown. */
const lineSpacing = (lines: readonly LayoutLine[]): number => {
  const d = lines.slice(1).flatMap((l, i) => {
    const p = lines[i]!;
    return p.page === l.page && p.column === l.column && p.y > l.y ? [p.y - l.y] : [];
  });
  return d.sort((a, b) => a - b)[Math.floor(d.length / 2)] ?? 12;
};

/**
 * Page furniture (see the module comment), standing apart from the body: no line that is not a
 * candidate can be reached from it through lines that overlap horizontally and stand within 1.25 ×
 * the body's line spacing of each other (a gap wider than the spacing, or nothing beside it: it
 * stands outside the text block). So a line repeated at the same height within the body's spacing,
 * or a column's repeated closing lines, are body text. Of the dropped lines, a page number (a bare
 * number following the page, a line counting with the pages) is obviously furniture, as is a line
 * in the run of dropped lines that opens or closes its page unless it ends a sentence; others
 * are `doubtful`. `heights` gives each page's height by page number.
 */
export const furnitureOf = (lines: LayoutLine[], heights: Map<number, number>): Furniture => {
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
  const candidates = new Set<LayoutLine>();
  const numbered = new Set<LayoutLine>();
  for (const [s, group] of byShape) {
    const onPages = new Set(group.map((l) => l.page)).size;
    const texts = group.map((l) => l.text);
    // A bare number following the page numbering on two pages, or printed as its own page's number (a one-page letter).
    const own = (l: LayoutLine) => Number(l.text) === l.page;
    const offset = (l: LayoutLine) => Number(l.text) - l.page === Number(group[0]!.text) - group[0]!.page;
    const follows = s === '#' && group.filter(offset).length >= 2;
    const bare = s === '#' && (follows || group.some(own));
    const numbering = follows ? offset : own;
    const counting = s !== '#' && new Set(texts).size > 1 && counts(texts);
    if (bare || (s !== '#' && onPages >= Math.max(2, Math.ceil(pages * 0.4)) && (new Set(texts).size === 1 || counting)))
      for (const l of group)
        if (s !== '#' || numbering(l)) {
          candidates.add(l);
          if (bare || counting) numbered.add(l);
        }
  }
  const spacing = lineSpacing(lines);
  const byPage = new Map<number, LayoutLine[]>();
  for (const l of lines) byPage.set(l.page, [...(byPage.get(l.page) ?? []), l]);
  const drop = new Set<LayoutLine>();
  const doubtful: LayoutLine[] = [];
  for (const on of byPage.values()) {
    const near = (a: LayoutLine, b: LayoutLine) => a !== b && b.x0 < a.x1 && b.x1 > a.x0 && Math.abs(a.y - b.y) <= spacing * 1.25;
    // Apart: no chain of lines, each near the next, leads from it to a body line.
    const apart = (l: LayoutLine) => {
      const seen = new Set([l]);
      for (const cur of seen)
        for (const o of on)
          if (!seen.has(o) && near(cur, o))
            if (candidates.has(o)) seen.add(o);
            else return false;
      return true;
    };
    const dropped = on.filter((l) => candidates.has(l) && apart(l));
    // The runs of dropped lines from the page's top and bottom, by height.
    const byHeight = [...on].sort((a, b) => b.y - a.y);
    const edgeRun = new Set<LayoutLine>();
    for (const order of [byHeight, [...byHeight].reverse()])
      for (const l of order) {
        if (!dropped.includes(l)) break;
        edgeRun.add(l);
      }
    for (const l of dropped) {
      drop.add(l);
      if (!numbered.has(l) && (!edgeRun.has(l) || SENTENCE_END.test(l.text))) doubtful.push(l);
    }
  }
  return { drop, doubtful };
};
