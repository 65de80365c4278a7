import type { BlockComment, BlockKind, CellRange, NoteAnchor, TextLink, TextRange } from './types';

/**
 * A paragraph as a format parser hands it to the block classifier: text with every marker
 * removed and the footnote anchors as UTF-16 offsets into that text. A reader that knows more
 * than the text (a Word file states headings, list items and tables) gives `kind`, which the
 * classifier follows outside the reference column, and the ranges a block carries along.
 */
export interface RawParagraph {
  text: string;
  notes: NoteAnchor[];
  kind?: BlockKind;
  cells?: CellRange[][];
  /** A table's header rows from the top (Word's `w:tblHeader`). */
  headerRows?: number;
  links?: TextLink[];
  comments?: BlockComment[];
  /**
   * A list item's label as printed: a number label at the start of `text` (`1.`, `IV`, `Vraag 1`); a
   * bullet (`•`, `–`, `o`) not part of `text`.
   */
  label?: string;
  /** A list item's nesting level, 0 (outer list) to 8 (Word's `w:ilvl`); a heading's level, 1 (Heading 1) to 9. */
  level?: number;
  /** The 1-based page it starts on (PDF). */
  page?: number;
}

/** Private-use sentinels that carry a footnote id through line joining (stripped from input first). */
export const NOTE_OPEN = '\uE000';
export const NOTE_CLOSE = '\uE001';
const SENTINELS = /[\uE000\uE001]/g;

/** Removes sentinel characters an input could contain, so they cannot be mistaken for anchors. */
export const stripSentinelChars = (text: string): string => text.replace(SENTINELS, '');

/** Turns `text\uE000fn1\uE001 more` into text plus an anchor at the sentinel's position. */
export const extractSentinels = (marked: string): RawParagraph => {
  let text = '';
  const notes: NoteAnchor[] = [];
  let pos = 0;
  while (pos < marked.length) {
    const open = marked.indexOf(NOTE_OPEN, pos);
    if (open < 0) break;
    const close = marked.indexOf(NOTE_CLOSE, open + 1);
    if (close < 0) break;
    text += marked.slice(pos, open);
    notes.push({
      footnote: marked.slice(open + 1, close),
      offset: text.length,
    });
    pos = close + 1;
  }
  text += marked.slice(pos);
  return { text: stripSentinelChars(text), notes };
};

const clamp = (offset: number, start: number, end: number): number => Math.min(Math.max(offset, start), end) - start;

/** Shifts ranges into `[start, end)`, clamped; ranges left empty are dropped. */
const sliceRanges = <R extends TextRange>(ranges: R[], start: number, end: number): R[] =>
  ranges.map((r) => ({ ...r, start: clamp(r.start, start, end), end: clamp(r.end, start, end) })).filter((r) => r.end > r.start);

/** Cuts `[start, end)` out of a paragraph, keeping anchors inside it (clamped to its ends). */
export const sliceParagraph = (p: RawParagraph, start: number, end: number): RawParagraph => {
  const out: RawParagraph = {
    text: p.text.slice(start, end),
    notes: p.notes.map((n) => ({ footnote: n.footnote, offset: clamp(n.offset, start, end) })),
  };
  if (p.kind) out.kind = p.kind;
  if (p.page !== undefined) out.page = p.page;
  if (p.level !== undefined) out.level = p.level;
  if (p.label !== undefined && start === 0) out.label = p.label;
  if (p.links) out.links = sliceRanges(p.links, start, end);
  if (p.comments) out.comments = sliceRanges(p.comments, start, end);
  if (p.cells)
    out.cells = p.cells.map((row) => row.map((c) => ({ ...c, start: clamp(c.start, start, end), end: clamp(c.end, start, end) })));
  if (p.headerRows) out.headerRows = p.headerRows;
  return out;
};

/** Trims white space (incl. NBSP, tabs) at both ends; anchors in the trimmed parts move to the edge. */
export const trimParagraph = (p: RawParagraph): RawParagraph => {
  const lead = p.text.length - p.text.trimStart().length;
  const end = p.text.trimEnd().length;
  return sliceParagraph(p, Math.min(lead, end), end);
};

/** Removes a prefix of `length` characters (e.g. a bullet). */
export const dropPrefix = (p: RawParagraph, length: number): RawParagraph =>
  sliceParagraph(p, Math.min(length, p.text.length), p.text.length);
