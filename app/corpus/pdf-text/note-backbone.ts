import { markRef, noteStart, type RefSpot, refSpots } from './note-starts';
import type { PageLine } from './pages';

/**
 * Footnotes of PDF-extracted text recovered along their numbering (issue 14): notes run 1..n,
 * each once at a page foot and once in the text, in order. Page by page, the foot is the last
 * run of lines that starts with the next expected number and continues with the numbers after
 * it; every note in it is paired with the best reference for its number in the text above it
 * (this page, else the page before), after the previous reference. A number missing from the
 * run is reported, not guessed, except where the extractor's reading order put a label alone
 * after the foot (poppler): then the body of the note before it is split at its sentence end.
 */

/** A recovered note: its number, body lines (unjoined) and page. */
export interface FootNote {
  label: number;
  lines: string[];
  page: number;
}

export interface NoteRecovery {
  /** Body lines, references replaced by sentinels (raw-paragraph.ts), foot lines removed. */
  body: PageLine[];
  notes: FootNote[];
  /** Dutch messages on numbering gaps and unanchored notes. */
  problems: string[];
}

const ENDS = /[.,;:!?)’”]$/;

/**
 * A foot read column by column (poppler): the labels `first`, `first+1`, … alone on successive
 * lines, then the bodies. Each label gets one body line in order; a line after a line that does
 * not end a sentence continues the body, as long as enough lines remain for the later labels.
 */
const labelColumn = (lines: PageLine[], from: number, to: number, first: number): FootNote[] | null => {
  const filled = lines.slice(from, to).filter((l) => l.text !== '');
  let m = 0;
  while (m < filled.length && filled[m]!.text === String(first + m)) m++;
  const bodies = filled.slice(m);
  if (m < 2 || bodies.length < m) return null;
  const notes: FootNote[] = [];
  bodies.forEach((l, q) => {
    const cur = notes[notes.length - 1];
    const left = bodies.length - q;
    const owed = m - notes.length;
    if (!cur || (owed > 0 && (left <= owed || /[.)]$/.test(cur.lines[cur.lines.length - 1]!))))
      notes.push({ label: first + notes.length, lines: [l.text], page: l.page });
    else cur.lines.push(l.text);
  });
  return notes;
};

/** Parses a foot from line `from` to the end of the page: notes `first`, `first+1`, …. */
const parseFoot = (lines: PageLine[], from: number, to: number, first: number) => {
  const column = labelColumn(lines, from, to, first);
  if (column) return column;
  const notes: FootNote[] = [];
  const orphans: number[] = [];
  let expect = first;
  for (let j = from; j < to; j++) {
    const t = lines[j]!.text;
    if (t === '') continue;
    const rest = noteStart(t, expect);
    const skipped = notes.length > 0 && rest === null ? noteStart(t, expect + 1) : null;
    if (rest !== null || (skipped !== null && (skipped === '' || /^\p{Lu}/u.test(skipped)))) {
      const label = rest !== null ? expect : expect + 1;
      notes.push({ label, lines: (rest ?? skipped) === '' ? [] : [(rest ?? skipped)!], page: lines[j]!.page });
      expect = label + 1;
    } else if (/^\d{1,3}$/.test(t) && Number(t) > first && Number(t) < expect && !notes.some((n) => n.label === Number(t))) {
      orphans.push(Number(t));
    } else if (notes.length > 0) notes[notes.length - 1]!.lines.push(t);
  }
  for (const k of orphans) {
    const prev = notes.find((n) => n.label === k - 1);
    const cut = prev ? prev.lines.findIndex((l, i) => i > 0 && /[.)]$/.test(prev.lines[i - 1]!) && /^\p{Lu}/u.test(l)) : -1;
    if (prev && cut > 0) {
      notes.splice(notes.indexOf(prev) + 1, 0, { label: k, lines: prev.lines.splice(cut), page: prev.page });
    }
  }
  return notes;
};

/** Recovers the notes of `lines` (see the module comment). */
export const recoverNotes = (input: PageLine[]): NoteRecovery => {
  const lines = input.map((l) => ({ ...l }));
  const foot = new Array<boolean>(lines.length).fill(false);
  const notes: FootNote[] = [];
  const problems: string[] = [];
  const pages = [...new Set(lines.map((l) => l.page))];
  let next = 1;
  let last = { line: -1, end: 0 };
  const candidates = (n: number, upTo: number, fromPage: number): RefSpot[] => {
    const out: RefSpot[] = [];
    for (let i = Math.max(0, last.line); i < upTo; i++) {
      if (foot[i] || lines[i]!.page < fromPage) continue;
      const prev = i > 0 ? lines[i - 1]!.text : '';
      for (const s of refSpots(lines[i]!.text, n, i, prev === '' || ENDS.test(prev))) if (i > last.line || s.start >= last.end) out.push(s);
    }
    return out;
  };
  for (const page of pages) {
    const idx = lines.flatMap((l, i) => (l.page === page ? [i] : []));
    const end = idx[idx.length - 1]! + 1;
    let start = -1;
    for (const i of idx) if (noteStart(lines[i]!.text, next) !== null && candidates(next, i, page - 1).length > 0) start = i;
    if (start < 0) continue;
    const found = parseFoot(lines, start, end, next);
    for (let j = start; j < end; j++) foot[j] = true;
    for (const [k, note] of found.entries()) {
      if (note.label !== next) for (let m = next; m < note.label; m++) problems.push(`Voetnoot ${m} ontbreekt in de nummering.`);
      next = note.label + 1;
      const later = found[k + 1]?.label;
      const spots = candidates(note.label, start, page - 1).sort((a, b) => b.quality - a.quality || a.line - b.line || a.start - b.start);
      const spot = spots.find(
        (s) =>
          later === undefined || candidates(later, start, page - 1).some((c) => c.line > s.line || (c.line === s.line && c.start > s.end)),
      );
      const chosen = spot ?? spots[0];
      if (chosen) {
        const id = `fn${note.label}`;
        lines[chosen.line]!.text = markRef(lines[chosen.line]!.text, chosen, id);
        last = { line: chosen.line, end: chosen.start + id.length + 2 };
      } else problems.push(`Voetnoot ${note.label} heeft geen verwijzing in de tekst.`);
      notes.push(note);
    }
  }
  return { body: lines.filter((_, i) => !foot[i]), notes, problems };
};
