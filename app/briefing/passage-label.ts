import type { BriefingFootnote, NoteLink, PassagePart } from './model';

/**
 * How a quoted list item shows its place in the letter's list (`.dossier` version 4,
 * docs/dossier-format.md): the label the letter prints and an indent per level. Shared by the
 * editor and the three exports so they print the same thing.
 */

/** Deepest level shown as its own indent; deeper items (a letter allows 8) are shown at this one. */
export const QUOTE_INDENT_LEVELS = 4;

/**
 * The label to print before a quoted paragraph whose first part is `part`, or null: the part's
 * `label` (the letter's list label, verbatim) when the part quotes the item from its start and its
 * quoted text does not begin with the label. A number label is part of the block's text in the
 * letter model (`1. Tekst`), so a quote of the item from its start already shows it, and one
 * starting after it left the number out on purpose; a bullet is never in the text, so a bullet
 * item quoted from its start gets its bullet. Only list items carry a label.
 */
export function partLabel(part: Pick<PassagePart, 'label' | 'start' | 'text' | 'blockKind'>): string | null {
  if (!part.label || part.blockKind !== 'list-item' || part.start !== 0) return null;
  return labelInText(part.label, part.text) ? null : part.label;
}

/** Letters Word sets as bullets: Courier New's `o` (Word's own second-level bullet), never a number label. */
const LETTER_BULLETS: ReadonlySet<string> = new Set(['o']);

/**
 * Whether a list item's `text` begins with its `label` as a number label does (`1. Tekst`, `b) Tekst`,
 * `IV Tekst`: the number is part of the item's text in the letter model, so it is not printed apart).
 * A bullet is never part of the text: a bullet that is a letter (LETTER_BULLETS) is no number label
 * even when the item's first word is that letter (a Courier New `o` item reading `o Tekst`). A list
 * numbered by bare letters (`%1`, no `.` or `)`) whose 15th label is `o` is taken for bullets: rare,
 * where `o` bullets are Word's default. Shared by the reader and the quote's views and exports.
 */
export function labelInText(label: string, text: string): boolean {
  return !LETTER_BULLETS.has(label) && text.startsWith(label);
}

/**
 * The indent level of a quoted paragraph whose first part is `part`: a list item's `level`
 * (1 for the first nested level; 0 for the outer list and for anything not a list item), at most
 * QUOTE_INDENT_LEVELS. Each level is one list indent step further in than the quote (18 pt, 360 twips).
 */
export function partIndentLevel(part: Pick<PassagePart, 'level' | 'blockKind'>): number {
  if (part.blockKind !== 'list-item') return 0;
  return Math.min(QUOTE_INDENT_LEVELS, part.level ?? 0);
}

/** A stretch of a note's text: plain, or the text of a link to `href`. */
export interface NoteTextSegment {
  text: string;
  href?: string;
}

/**
 * A note's text cut into plain stretches and link stretches (`BriefingFootnote.links`, ranges in
 * UTF-16 code units). Links out of order, overlapping an earlier one, empty or reaching past the
 * text are left out (their words stay plain), so a damaged file never loses or repeats words:
 * the segments' texts joined always equal `note.text`.
 */
export function noteTextSegments(note: Pick<BriefingFootnote, 'text' | 'links'>): NoteTextSegment[] {
  const segments: NoteTextSegment[] = [];
  let cursor = 0;
  for (const link of note.links ?? []) {
    if (!usable(link, cursor, note.text.length)) continue;
    if (link.start > cursor) segments.push({ text: note.text.slice(cursor, link.start) });
    segments.push({ text: note.text.slice(link.start, link.end), href: link.href });
    cursor = link.end;
  }
  if (cursor < note.text.length || segments.length === 0) segments.push({ text: note.text.slice(cursor) });
  return segments;
}

const usable = (link: NoteLink, cursor: number, length: number): boolean =>
  link.start >= cursor && link.end > link.start && link.end <= length;
