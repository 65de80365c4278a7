import { type Message, message } from '../../ipc/messages';
import type { Paged } from '../pdf-text/index';
import type { RawParagraph } from '../raw-paragraph';
import type { Footnote } from '../types';
import type { LayoutLine } from './lines';

/**
 * Footnotes of a native PDF: the foot of a page is the run of lines at its bottom set smaller
 * than the body text (under 92% of its size). A foot line opening with a number (raised or not)
 * starts that note; lines after it continue it; foot lines before the page's first number
 * continue the previous page's last note (a note running over the page break).
 */

export interface LayoutNote {
  label: number;
  lines: string[];
  page: number;
}

/** Splits lines into body lines and notes (see the module comment). */
export const footNotes = (lines: LayoutLine[], size: number): { body: LayoutLine[]; notes: LayoutNote[] } => {
  const body: LayoutLine[] = [];
  const notes: LayoutNote[] = [];
  const pages = [...new Set(lines.map((l) => l.page))];
  for (const page of pages) {
    const on = lines.filter((l) => l.page === page);
    let start = on.length;
    while (start > 0 && on[start - 1]!.size < size * 0.92) start--;
    const foot = on.slice(start);
    // Small text without any number is not a foot (a colophon, a caption) unless it continues a note.
    const numbered = foot.some((l) => l.lead !== null);
    if (!numbered && !(notes.length > 0 && foot.length > 0 && foot.length <= 3)) {
      body.push(...on);
      continue;
    }
    body.push(...on.slice(0, start));
    for (const l of foot) {
      if (l.lead !== null) {
        const rest = l.text.replace(new RegExp(`^${l.lead}\\s*`), '');
        notes.push({ label: l.lead, lines: rest ? [rest] : [], page });
      } else if (notes.length > 0) notes[notes.length - 1]!.lines.push(l.text);
      else body.push(l);
    }
  }
  return { body, notes };
};

/**
 * Checks notes and references against the numbering 1..n: each number once among the notes, in
 * order, and referenced in the text. Returns keyed messages (`pdf.*`, app/ipc/messages/table-pdf.ts);
 * nothing is renumbered or guessed.
 */
export const checkNumbering = (paragraphs: Paged<RawParagraph>[], footnotes: Paged<Footnote>[]): Message[] => {
  const problems: Message[] = [];
  const labels = footnotes.map((f) => Number(f.label));
  const seen = new Set<number>();
  labels.forEach((n, i) => {
    if (seen.has(n)) problems.push(message('pdf.note-duplicate', { number: n, page: footnotes[i]!.page }));
    seen.add(n);
  });
  const max = Math.max(0, ...labels);
  for (let n = 1; n <= max; n++) if (!seen.has(n)) problems.push(message('pdf.note-missing', { number: n }));
  const referenced = new Set(paragraphs.flatMap((p) => p.notes.map((a) => a.footnote)));
  for (const f of footnotes) if (!referenced.has(f.id)) problems.push(message('pdf.note-unreferenced', { number: Number(f.label) }));
  for (const id of referenced)
    if (!footnotes.some((f) => f.id === id)) problems.push(message('pdf.reference-without-note', { number: Number(id.slice(2)) }));
  return problems;
};
