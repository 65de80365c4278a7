import { type Message, message } from '../../ipc/messages';
import type { Paged } from '../pdf-text/index';
import type { RawParagraph } from '../raw-paragraph';
import type { Footnote } from '../types';
import { bodySizeFoot } from './body-size-notes';
import type { LayoutLine } from './lines';

/**
 * Footnotes of a native PDF: the foot of a page is the run of lines at its bottom set smaller
 * than the body text (under 92% of its size); on a page in two columns (columns.ts) each
 * column's bottom is a foot of its own, read in column order (LibreOffice sets notes per column). A foot line opening with a number (raised or not)
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
  // Runs of lines of one page and column, in reading order; what stands above a page's columns has no foot.
  const runs: LayoutLine[][] = [];
  for (const l of lines) {
    const last = runs[runs.length - 1]?.[0];
    if (last && last.page === l.page && last.column === l.column) runs[runs.length - 1]!.push(l);
    else runs.push([l]);
  }
  for (const [k, on] of runs.entries()) {
    const page = on[0]!.page;
    const next = runs[k + 1]?.[0];
    if (on[0]!.column === 0 && next && next.page === page && next.column !== 0) {
      body.push(...on);
      continue;
    }
    let start = on.length;
    while (start > 0 && on[start - 1]!.size < size * 0.92) start--;
    const last = notes[notes.length - 1];
    const unfinished = last !== undefined && !/[.!?)]$/.test(last.lines[last.lines.length - 1] ?? '');
    // No smaller text at the foot: notes set at the body's size (body-size-notes.ts), raised labels only.
    const bodySize = start === on.length ? bodySizeFoot(on, last?.label ?? 0, unfinished, new Set(body.flatMap((l) => l.refs))) : null;
    if (bodySize !== null) start = bodySize;
    const foot = on.slice(start);
    // Small text without any number is not a foot (a colophon, a caption) unless it continues a note:
    // up to three lines, or any number when the last note stopped mid-sentence (a long note running on).
    const numbered = foot.some((l) => l.lead !== null);
    if (!numbered && !(last && foot.length > 0 && (foot.length <= 3 || unfinished))) {
      body.push(...on);
      continue;
    }
    body.push(...on.slice(0, start));
    for (const l of foot) {
      if (l.lead !== null && (bodySize === null || l.raisedLead)) {
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
