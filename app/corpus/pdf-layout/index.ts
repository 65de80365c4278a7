import type { Message } from '../../ipc/messages';
import { furnitureWarning } from '../pdf-text/furniture-warning';
import { wordEvidence } from '../pdf-text/hyphenation';
import type { Paged } from '../pdf-text/index';
import { joinWrapped } from '../pdf-text/paragraphs';
import { extractSentinels, type RawParagraph, trimParagraph } from '../raw-paragraph';
import type { Footnote } from '../types';
import { bodyItems, gutterOf } from './columns';
import { furnitureOf } from './furniture';
import { type LayoutLine, pageLines } from './lines';
import { checkNumbering, footNotes } from './notes';
import { findTables, tableParagraph } from './tables';
import type { PdfPageText } from './types';

export type { PdfPageText, PdfTextItem } from './types';

export interface PdfLayoutParse {
  paragraphs: Paged<RawParagraph>[];
  footnotes: Paged<Footnote>[];
  /** Keyed messages (`pdf.*`) on the note numbering (gaps, duplicates, references without a note) and furniture removed in doubt. */
  problems: Message[];
}

const median = (values: number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

/**
 * The body text's font size: the size of most characters in the upper halves of the pages (`heights` per page), where
 * the body is; the notes at the foot may hold more characters than the body (a long note running over the page).
 */
const bodySize = (lines: LayoutLine[], heights: Map<number, number>): number => {
  const upper = lines.filter((l) => l.y > (heights.get(l.page) ?? 0) / 2);
  const weight = new Map<number, number>();
  for (const l of upper.length > 0 ? upper : lines) weight.set(l.size, (weight.get(l.size) ?? 0) + l.text.length);
  return [...weight].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
};

/** A sentence end, also before a note reference's sentinel (`… informeren.¹`). */
const ENDS = /[.:!?](?:\uE000[^\uE001]*\uE001)*$/;
const BULLET = /^[·•▪◦‣∙●○■–-]\s/;

/** Labels the block classifier pairs (`Vraag 3`, `Antwoord`): left to it, as it reads what follows them. */
const QA_LABEL = /^(?:Vraag\s+\d{1,3}[a-z]?|Antwoord(?:\s+(?:op\s+)?(?:vraag\s+)?\d{1,3}[a-z]?)?)\s*[:.]?$/i;

/**
 * A heading set in bold or larger than the body: at most two lines and 120 characters, not a
 * salutation, closing or signature line (ending in a comma), not a question/answer label.
 */
const isHeadingText = (text: string, lines: number): boolean =>
  lines <= 2 && text.length > 0 && text.length <= 120 && !text.endsWith(',') && !QA_LABEL.test(text) && !BULLET.test(text);

/**
 * Layout analysis of a native PDF's positioned text (issue 14): page furniture removed
 * (furniture.ts), note references as raised small numbers (lines.ts), notes as the small text at
 * the page foot paired by number and joined across pages (notes.ts), numbering checked;
 * paragraphs by line spacing (a gap over 1.35 × the body leading), a change of size or font, a
 * bullet, or a short line ending a sentence; headings by size and weight (a short paragraph set
 * bold or over 1.15 × the body size is stated a heading, see isHeadingText); a paragraph cut by a page break joined again
 * unless the page's last line ended short with a sentence end. Line-end hyphens as in
 * pdf-text/hyphenation.ts. Every paragraph and note keeps its page. Pure.
 */
export const analysePdfLayout = (pages: readonly PdfPageText[]): PdfLayoutParse => {
  // The document's gutter: a page without one of its own tries the first found on a page as wide.
  const gutters = pages.map((p) => ({ width: p.width, gutter: gutterOf(bodyItems(p.items), p.width) }));
  const hint = (p: PdfPageText) => gutters.find((g) => g.gutter && g.width === p.width)?.gutter ?? null;
  const every = pages.flatMap((p, i) => pageLines(p, { own: gutters[i]!.gutter, hint: hint(p) }));
  const heights = new Map(pages.map((p) => [p.page, p.height]));
  const { drop, doubtful } = furnitureOf(every, heights);
  const lines = every.filter((l) => !drop.has(l));
  const size = bodySize(lines, heights);
  const { body, notes } = footNotes(lines, size);
  const evidence = wordEvidence(lines.map((l) => l.text));
  const leading = median(body.slice(1).flatMap((l, i) => (l.page === body[i]!.page && l.size === size ? [body[i]!.y - l.y] : [])));
  const tableAt = new Map<LayoutLine, LayoutLine[]>();
  for (const rows of findTables(body)) for (const row of rows) tableAt.set(row, rows);
  // The text's edges per column (columns.ts; table rows aside): a line is full when it reaches its column's right edge.
  const edges = new Map<number, { left: number; right: number }>();
  for (const c of new Set(body.map((l) => l.column))) {
    const on = body.filter((l) => l.size === size && l.column === c && !tableAt.has(l));
    edges.set(c, { left: median(on.map((l) => l.x0)), right: median(on.map((l) => l.x1)) });
  }
  const edge = (l: LayoutLine) => edges.get(l.column) ?? { left: 0, right: 0 };
  const full = (l: LayoutLine) => l.x1 >= edge(l).right - (edge(l).right - edge(l).left) * 0.12;
  // The next line's first word would have fitted (at half an em a character, or the next line's own
  // width a character when wider: a bold or larger face): the writer ended the line.
  const em = (b: LayoutLine) => Math.max(b.size * 0.5, (b.x1 - b.x0) / Math.max(1, b.text.length));
  const fits = (a: LayoutLine, b: LayoutLine) => a.x1 + ((b.text.split(' ')[0] ?? '').length + 1) * em(b) < edge(a).right;
  const groups: { lines: string[]; page: number; bold: boolean; size: number; table?: LayoutLine[] }[] = [];
  let prev: LayoutLine | null = null;
  for (const l of body) {
    const table = tableAt.get(l);
    if (table) {
      if (table[0] === l) groups.push({ lines: [], page: l.page, bold: false, size: l.size, table });
      prev = l;
      continue;
    }
    const changed = prev !== null && (tableAt.has(prev) || Math.abs(prev.size - l.size) > size * 0.1 || prev.font !== l.font);
    const split =
      prev === null ||
      changed ||
      BULLET.test(l.text) ||
      (prev.page === l.page && prev.column === l.column && prev.y - l.y > Math.max(leading, l.size) * 1.35) ||
      (prev.page === l.page && prev.column === l.column && !full(prev) && (ENDS.test(prev.text) || fits(prev, l))) ||
      ((prev.page !== l.page || prev.column !== l.column) && !full(prev) && ENDS.test(prev.text));
    if (split) groups.push({ lines: [l.text], page: l.page, bold: l.bold, size: l.size });
    else groups[groups.length - 1]!.lines.push(l.text);
    prev = l;
  }
  const paragraphs: Paged<RawParagraph>[] = [];
  for (const g of groups) {
    if (g.table) {
      paragraphs.push({ ...tableParagraph(g.table), page: g.page });
      continue;
    }
    const p = trimParagraph(extractSentinels(joinWrapped(g.lines, evidence)));
    const heading = (g.bold || g.size > size * 1.15) && isHeadingText(p.text, g.lines.length);
    if (p.text.length > 0 || p.notes.length > 0) paragraphs.push({ ...p, page: g.page, ...(heading ? { kind: 'heading' as const } : {}) });
  }
  const all = notes.map((n) => ({
    id: `fn${n.label}`,
    label: String(n.label),
    text: joinWrapped(n.lines, evidence).trim(),
    page: n.page,
  }));
  const furniture = furnitureWarning(doubtful.map((l) => ({ text: extractSentinels(l.text).text, obvious: false })));
  const problems = [...checkNumbering(paragraphs, all), ...(furniture ? [furniture] : [])];
  // A number printed twice is reported; the first note keeps it (ids stay unique).
  const footnotes = all.filter((f, i) => all.findIndex((g) => g.id === f.id) === i);
  return { paragraphs, footnotes, problems };
};
