import { NOTE_CLOSE, NOTE_OPEN } from '../raw-paragraph';
import { type Gutters, splitColumns } from './columns';
import type { PdfPageText, PdfTextItem } from './types';

/**
 * Lines of a PDF page from positioned text items: items whose baselines lie within half a
 * font size of each other form one line, read left to right (a small number joins the line it is raised
 * over, not the one above); a gap wider than a fifth of the
 * font size between two items is a space. A number set smaller than the line's text (under 90%)
 * on a raised baseline is a note reference (issue 14: "the small raised numbers they are") and
 * becomes an anchor sentinel (raw-paragraph.ts) for note `fn<number>`.
 */

export interface LayoutLine {
  page: number;
  /** Baseline of the line's main text. */
  y: number;
  x0: number;
  x1: number;
  /** Font size and font of the line's main text (most characters), and whether that font is bold. */
  size: number;
  font: string;
  bold: boolean;
  /** Text with anchor sentinels for raised numbers. */
  text: string;
  /** The column it stands in: 0 across the page (or no columns), 1 left, 2 right (columns.ts). */
  column: number;
  /** Raised numbers found in this line, in order. */
  refs: number[];
  /** A raised number or small number opening the line (a note's label at the page foot). */
  lead: number | null;
  /** Whether `lead` was set small and raised (a note's label), not a plain number opening the line. */
  raisedLead: boolean;
  /**
   * The line's stretches of text split where the gap between two items is wider than 1.5 × the
   * font size (more than any word space; a table's cells, tables.ts): x range (points) and text
   * with anchor sentinels. One stretch for ordinary text.
   */
  cells: { x0: number; x1: number; text: string }[];
}

const main = (items: PdfTextItem[]): { size: number; font: string } => {
  const weight = new Map<string, number>();
  for (const it of items) {
    const key = `${it.size}\u0000${it.font}`;
    weight.set(key, (weight.get(key) ?? 0) + it.str.trim().length);
  }
  const best = [...weight].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '0\u0000';
  const [size, font] = best.split('\u0000');
  return { size: Number(size), font: font ?? '' };
};

const toLine = (page: number, items: PdfTextItem[]): Omit<LayoutLine, 'column'> => {
  items.sort((a, b) => a.x - b.x);
  const { size, font } = main(items);
  const y = items.find((it) => it.size === size && it.font === font)?.y ?? items[0]!.y;
  let text = '';
  let end = -Infinity;
  const refs: number[] = [];
  let lead: number | null = null;
  let raisedFirst = false;
  // Where each stretch of text starts: its x and its index in `text`; and how far it reaches.
  const stretches: { x0: number; x1: number; at: number }[] = [];
  for (const it of items) {
    const raised = it.size < size * 0.9 && it.y > y + size * 0.15 && /^\d{1,3}$/.test(it.str.trim());
    const wide = !raised && it.str.trim() !== '' && it.x - end > size * 1.5;
    if (text !== '' && it.x - end > size * 0.2 && !text.endsWith(' ') && !it.str.startsWith(' ') && !raised) text += ' ';
    if (raised && text.trim() === '') {
      lead = Number(it.str.trim());
      raisedFirst = true;
    } else if (raised) {
      refs.push(Number(it.str.trim()));
      text = `${text.trimEnd()}${NOTE_OPEN}fn${it.str.trim()}${NOTE_CLOSE}`;
    } else {
      if (stretches.length === 0 || (wide && text.trim() !== '')) stretches.push({ x0: it.x, x1: it.x, at: text.length });
      text += it.str;
    }
    // A space item (pdf.js spans a gap with one) does not reach the text's end: the gap stays a gap.
    if (it.str.trim() !== '' || end === -Infinity) end = Math.max(end, it.x + it.width);
    const last = stretches[stretches.length - 1];
    if (last) last.x1 = Math.max(last.x1, end);
  }
  const cells = stretches
    .map((c, k) => ({
      x0: c.x0,
      x1: c.x1,
      text: text.slice(Math.min(c.at, text.length), stretches[k + 1]?.at ?? text.length).trim(),
    }))
    .filter((c) => c.text !== '');
  if (lead === null) {
    const m = /^(\d{1,3})(?=\s*\p{L})/u.exec(text.trim());
    if (m) lead = Number(m[1]);
  }
  const x0 = Math.min(...items.filter((it) => it.str.trim() !== '').map((it) => it.x));
  const bold = items.find((it) => it.font === font)?.bold === true;
  return {
    page,
    y,
    x0: Number.isFinite(x0) ? x0 : items[0]!.x,
    x1: end,
    size,
    font,
    bold,
    text: text.trim(),
    refs,
    lead,
    raisedLead: raisedFirst,
    cells,
  };
};

/** Groups items into lines (baselines within half a size; small raised numbers with their line), top to bottom. */
const linesOf = (page: number, column: number, all: readonly PdfTextItem[]): LayoutLine[] => {
  const items = all.filter((it) => it.str !== '' && it.size > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfTextItem[][] = [];
  for (const it of items) {
    const g = groups.slice(-3).find((grp) => {
      const base = grp.reduce((a, b) => (b.size > a.size ? b : a));
      const size = Math.max(base.size, it.size);
      const dy = Math.abs(base.y - it.y);
      // A note label or reference is set small and raised: up to 3/4 of the line's size above its baseline, never
      // much below it (a sans face raises it so far that it comes nearer the line above than its own).
      const number = it.size < base.size ? it : base;
      const small = Math.min(base.size, it.size) < size * 0.9 && /^\d{1,3}$/.test(number.str.trim());
      if (!small) return dy <= size * 0.5;
      const rise = number.y - (number === it ? base : it).y;
      return rise >= -size * 0.25 && rise <= size * 0.75;
    });
    if (g) g.push(it);
    else groups.push([it]);
  }
  return groups
    .map((g) => ({ ...toLine(page, g), column }))
    .filter((l) => l.text !== '' || l.refs.length > 0)
    .sort((a, b) => b.y - a.y);
};

/**
 * The lines of a page in reading order: top to bottom, column by column (columns.ts); `gutters`
 * as for splitColumns (the page's own, and the document's from another page of the same width).
 */
export const pageLines = (page: PdfPageText, gutters?: Gutters): LayoutLine[] =>
  splitColumns(page.items, page.width, gutters).groups.flatMap((g) => linesOf(page.page, g.column, g.items));
