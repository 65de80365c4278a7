import { type Message, message } from '../../ipc/messages';
import { bodyWidth, continuationOf } from './note-continuation';
import { bodyRunAt, fullWidth, resumesNote, smallType } from './note-interludes';
import { labelsBeforeBodies } from './note-label-columns';
import { markRef, noteStart, type RefSpot, refSpots, yearRefSpots } from './note-starts';
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
  /** Keyed messages (`pdf.*`, app/ipc/messages/table-pdf.ts) on numbering gaps, duplicates and unanchored notes. */
  problems: Message[];
}

const ENDS = /[.,;:!?)’”]$/;

/**
 * A foot read column by column (poppler): the labels alone on successive lines, counting up from
 * `first` (a missing number or a number printed twice included), then the bodies. Each label gets
 * one body line in order; a line after a line that does not end a sentence continues the body, as
 * long as enough lines remain for the later labels. A number printed twice is reported and its
 * second body dropped, not guessed at.
 */
const labelColumn = (lines: PageLine[], from: number, to: number, first: number, problems: Message[]): FootNote[] | null => {
  const filled = lines.slice(from, to).filter((l) => l.text !== '');
  const labels: number[] = [];
  for (const l of filled) {
    if (!/^\d{1,3}$/.test(l.text)) break;
    const n = Number(l.text);
    const prev = labels[labels.length - 1];
    if (prev === undefined ? n !== first : n < prev || n > prev + 2) break;
    labels.push(n);
  }
  const m = labels.length;
  const bodies = filled.slice(m);
  if (m < 2 || bodies.length < m) return null;
  const notes: FootNote[] = [];
  bodies.forEach((l, q) => {
    const cur = notes[notes.length - 1];
    const left = bodies.length - q;
    const owed = m - notes.length;
    if (!cur || (owed > 0 && (left <= owed || /[.)]$/.test(cur.lines[cur.lines.length - 1]!))))
      notes.push({ label: labels[notes.length]!, lines: [l.text], page: l.page });
    else cur.lines.push(l.text);
  });
  return notes.filter((n, i) => {
    if (i === 0 || n.label !== notes[i - 1]!.label) return true;
    problems.push(message('pdf.note-duplicate', { number: n.label, page: n.page }));
    return false;
  });
};

/** A foot's notes, each with the line it starts on, and the body lines between them (note-interludes.ts). */
interface Foot {
  notes: (FootNote & { at: number })[];
  body: number[];
}

/** Parses a foot from line `from` to the end of the page: notes `first`, `first+1`, …. */
const parseFoot = (lines: PageLine[], from: number, to: number, first: number, problems: Message[], width: number): Foot => {
  const column = labelColumn(lines, from, to, first, problems);
  if (column) return { notes: column.map((n) => ({ ...n, at: from })), body: [] };
  const notes: (FootNote & { at: number })[] = [];
  const body: number[] = [];
  const orphans: number[] = [];
  let expect = first;
  let dropping = false;
  // Whether a note of this foot wrapped wider than a body line (smaller type), and how many lines from here are body text.
  let wide = false;
  let inBody = false;
  const full = fullWidth(lines, from, width);
  let lastBody = lines.slice(0, from).findLast((l) => l.text !== '')?.text ?? '';
  let lastRaw = '';
  let lastFilled = to - 1;
  while (lastFilled > from && lines[lastFilled]!.text === '') lastFilled--;
  for (let j = from; j < to; j++) {
    const t = lines[j]!.text;
    if (t === '') continue;
    // The page's number under its last note (poppler writes it right after, without a blank line): no note text.
    if (j === lastFilled && notes.length > 0 && t === String(lines[j]!.page) && noteStart(t, expect) === null) continue;
    const open = notes[notes.length - 1];
    if (inBody && open && resumesNote(lines, j, to, open.lines, width)) {
      inBody = false;
      open.lines.push(t);
      lastRaw = t;
      continue;
    }
    // Body text between notes goes on up to the next note's start (its text opening as a note's: not `3 miljoen`).
    const starts = noteStart(t, expect);
    if (inBody && (starts === null || /^\p{Ll}/u.test(starts))) {
      body.push(j);
      lastBody = t;
      continue;
    }
    inBody = false;
    const rest = noteStart(t, expect);
    const skipped = notes.length > 0 && rest === null ? noteStart(t, expect + 1) : null;
    const again = notes.length > 0 && rest === null && ENDS.test(lines[j - 1]?.text ?? '.') ? noteStart(t, expect - 1) : null;
    if (again !== null && /^\p{Lu}/u.test(again)) {
      // The same number twice: reported; the first note keeps it, the second is not guessed at.
      problems.push(message('pdf.note-duplicate', { number: expect - 1, page: lines[j]!.page }));
      dropping = true;
    } else if (rest !== null || (skipped !== null && (skipped === '' || /^\p{Lu}/u.test(skipped)))) {
      dropping = false;
      const label = rest !== null ? expect : expect + 1;
      notes.push({ label, lines: (rest ?? skipped) === '' ? [] : [(rest ?? skipped)!], page: lines[j]!.page, at: j });
      expect = label + 1;
      lastRaw = t;
    } else if (/^\d{1,3}$/.test(t) && Number(t) > first && Number(t) < expect && !notes.some((n) => n.label === Number(t))) {
      orphans.push(Number(t));
    } else if (notes.length > 0 && !dropping) {
      const ends = { body: lastBody, note: lastRaw };
      const run = wide ? bodyRunAt(lines, j, to, width, (x) => noteStart(x, expect) !== null, ends) : 0;
      if (run > 0) {
        inBody = true;
        body.push(j);
        continue;
      }
      if (smallType(lastRaw, full)) wide = true;
      notes[notes.length - 1]!.lines.push(t);
      lastRaw = t;
    }
  }
  const splitOff = (k: number): string[] | null => {
    const prev = notes.find((n) => n.label === k - 1);
    const cut = prev ? prev.lines.findIndex((l, i) => i > 0 && /[.)]$/.test(prev.lines[i - 1]!) && /^\p{Lu}/u.test(l)) : -1;
    return prev && cut > 0 ? prev.lines.splice(cut) : null;
  };
  for (const k of orphans) {
    const prev = notes.find((n) => n.label === k - 1);
    const lines = splitOff(k);
    if (prev && lines) notes.splice(notes.indexOf(prev) + 1, 0, { label: k, lines, page: prev.page, at: prev.at });
  }
  // The foot's last label alone after the bodies (poppler's order): its body is the tail of the note before.
  const tail = notes[notes.length - 1];
  if (tail && notes.length > 1 && tail.lines.length === 0) tail.lines = splitOff(tail.label) ?? [];
  return { notes, body };
};

/** Recovers the notes of `lines` (see the module comment). */
export const recoverNotes = (input: PageLine[]): NoteRecovery => {
  const lines = labelsBeforeBodies(input).map((l) => ({ ...l }));
  const foot = new Array<boolean>(lines.length).fill(false);
  const notes: FootNote[] = [];
  const problems: Message[] = [];
  const pages = [...new Set(lines.map((l) => l.page))];
  let next = 1;
  let last = { line: -1, end: 0 };
  const spotsOn = (i: number, n: number, fromPage: number): RefSpot[] => {
    if (foot[i] || lines[i]!.page < fromPage) return [];
    const prev = i > 0 ? lines[i - 1]!.text : '';
    return refSpots(lines[i]!.text, n, i, prev === '' || ENDS.test(prev)).filter((s) => i > last.line || s.start >= last.end);
  };
  const candidates = (n: number, upTo: number, fromPage: number): RefSpot[] => {
    const out: RefSpot[] = [];
    for (let i = Math.max(0, last.line); i < upTo; i++) out.push(...spotsOn(i, n, fromPage));
    return out;
  };
  /** The first line before `upTo` with a reference candidate for `n`, or -1 (one pass, not one per foot line). */
  const firstSpot = (n: number, upTo: number, fromPage: number): number => {
    for (let i = Math.max(0, last.line); i < upTo; i++) if (spotsOn(i, n, fromPage).length > 0) return i;
    return -1;
  };
  /** The last resort for `n`: a reference glued to a year (`20277`), before `upTo`, after the last reference. */
  const yearGlued = (n: number, upTo: number, fromPage: number): RefSpot | undefined => {
    for (let i = Math.max(0, last.line); i < upTo; i++) {
      if (foot[i] || lines[i]!.page < fromPage) continue;
      const hit = yearRefSpots(lines[i]!.text, n, i).find((s) => i > last.line || s.start >= last.end);
      if (hit) return hit;
    }
    return undefined;
  };
  const width = bodyWidth(lines);
  for (const page of pages) {
    const idx = lines.flatMap((l, i) => (l.page === page ? [i] : []));
    const end = idx[idx.length - 1]! + 1;
    let start = -1;
    let first = next;
    // The foot opens with the next number, or the one after it when a note is missing.
    for (const k of [next, next + 1]) {
      const ref = firstSpot(k, end, page - 1);
      const at = idx.filter((i) => ref >= 0 && i > ref && noteStart(lines[i]!.text, k) !== null);
      // The page's number alone on its last line (`1` on page 1) is no note when a body starting with the number stands above it.
      const lastFilled = idx.filter((i) => lines[i]!.text !== '').pop();
      if (at.length > 1 && lastFilled !== undefined && at[at.length - 1] === lastFilled && lines[lastFilled]!.text === String(page))
        at.pop();
      start = at[at.length - 1] ?? -1;
      if (start >= 0 && k > next && !(notes.length > 0 || k === 2)) start = -1;
      if (start >= 0) {
        first = k;
        break;
      }
    }
    const open = notes[notes.length - 1];
    if (open && open.page < page)
      for (const j of continuationOf(lines, idx[0]!, start < 0 ? end : start, open.lines, width)) {
        open.lines.push(lines[j]!.text);
        foot[j] = true;
      }
    if (start < 0) continue;
    const { notes: found, body: between } = parseFoot(lines, start, end, first, problems, width);
    for (let j = start; j < end; j++) foot[j] = !between.includes(j);
    for (const [k, note] of found.entries()) {
      if (note.label !== next) for (let m = next; m < note.label; m++) problems.push(message('pdf.note-missing', { number: m }));
      next = note.label + 1;
      const later = found[k + 1]?.label;
      // A note after body text between notes (note-interludes.ts) has its reference up to its own start.
      const upTo = Math.max(start, note.at);
      const laterAt = Math.max(start, found[k + 1]?.at ?? start);
      const spots = candidates(note.label, upTo, page - 1).sort((a, b) => b.quality - a.quality || a.line - b.line || a.start - b.start);
      const spot = spots.find(
        (s) =>
          later === undefined ||
          candidates(later, laterAt, page - 1).some((c) => c.line > s.line || (c.line === s.line && c.start > s.end)),
      );
      const chosen = spot ?? spots[0] ?? yearGlued(note.label, upTo, page - 1);
      if (chosen) {
        const id = `fn${note.label}`;
        lines[chosen.line]!.text = markRef(lines[chosen.line]!.text, chosen, id);
        last = { line: chosen.line, end: chosen.start + id.length + 2 };
      } else problems.push(message('pdf.note-unreferenced', { number: note.label }));
      notes.push(note);
    }
  }
  // References after the last note's (any order: a column may be read late) whose notes were not found (a foot read
  // wrongly or lost): said, not hidden.
  // Two or more in a row, one glued to its word, or one glued alone; only in a letter with notes (`artikel 1, lid 2` is none).
  const after: RefSpot[] = [];
  for (let n = (notes[notes.length - 1]?.label ?? Infinity) + 1; after.length < 50; n++) {
    const spot = candidates(n, lines.length, 0)[0];
    if (!spot) break;
    after.push(spot);
  }
  if (after.some((s) => s.quality >= 2) && (after.length >= 2 || after[0]!.quality >= 2))
    for (let k = 0; k < after.length; k++)
      problems.push(message('pdf.reference-without-note', { number: notes[notes.length - 1]!.label + 1 + k }));
  return { body: lines.filter((_, i) => !foot[i]), notes, problems };
};
