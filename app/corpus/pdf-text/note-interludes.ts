import { isSignatoryFunction } from '../block-kinds';
import type { PageLine } from './pages';

/**
 * Body text between the notes of a foot (issue 14). pdf.js reads a two-column page column by
 * column, and LibreOffice sets each column's notes under that column, so an extractor writes the
 * first column's text, its notes, the second column's text, its notes: from the first note to the
 * page end is not all foot. A note may also run on under the next column (its rest after that
 * column's text). Told apart by the type: notes set smaller than the body wrap wider, so once a
 * note of the foot has wrapped past the longest body line above the foot (fullWidth), the lines after a note
 * are body text when the run of them up to the next note's start, a blank line or two lines of the
 * notes' width (never opening with such a line)
 *   - holds two or more full body lines (0.7–1.1 × the body's line length), which a note in the
 *     smaller type does not have; or
 *   - opens with a signatory's function line (`De Minister van …,`) followed by another line.
 * The body text then goes on up to the next note's start (note-backbone.ts), except that lines of
 * the notes' width that go on in lower case, while the note before did not end, continue that
 * note. Where the notes are set at body size nothing is split.
 */

const OPEN_END = /[^.)!?]$/;
const SENTENCE = /[.!?]\d{0,3}$/;

/** A wrapped line of a note in smaller type: longer than a body line, yet not two joined (poppler joins a line-end hyphen's lines). */
export const noteWide = (text: string, width: number): boolean => text.length > width * 1.1 && text.length <= width * 1.6;

/** The length of a full body line above a foot starting at `from`: the longest of the 12 lines before it (lines of two joined, over 1.6 × `width`, left out). */
export const fullWidth = (lines: readonly PageLine[], from: number, width: number): number => {
  const above = lines
    .slice(0, from)
    .map((l) => l.text.length)
    .filter((n) => n > 0 && n <= width * 1.6)
    .slice(-12);
  return above.length > 0 ? Math.max(...above) : width;
};

/** A note's wrapped line set in smaller type than the body: longer than a full body line (fullWidth). */
export const smallType = (text: string, full: number): boolean => text.length > full * 1.05;

/**
 * How many lines from `j` (before `to`) are body text between notes; 0 when they are not.
 * `isStart` says whether a line starts the next note; `ends` holds the last body line before
 * (above the foot, or of the body text between notes before) and the note's last line: a run
 * opening in lower case is no body text after a body line that ended its sentence (`gereserveerd3.`)
 * while the note did not (`nr. 241,` + `waarin ook …`).
 */
export const bodyRunAt = (
  lines: readonly PageLine[],
  j: number,
  to: number,
  width: number,
  isStart: (text: string) => boolean,
  ends: { body: string; note: string },
): number => {
  if (noteWide(lines[j]!.text, width)) return 0;
  // Lower case after a body that ended its sentence, while the note has not: the note goes on (a short wrapped line).
  if (/^\p{Ll}/u.test(lines[j]!.text) && SENTENCE.test(ends.body) && OPEN_END.test(ends.note)) return 0;
  let k = j;
  while (k < to && lines[k]!.text !== '' && !isStart(lines[k]!.text) && !notesAgain(lines, k, to, width)) k++;
  const run = lines.slice(j, k).map((l) => l.text);
  if (run.length < 2) return 0;
  const full = run.filter((t) => t.length >= width * 0.7 && t.length <= width * 1.1).length;
  return full >= 2 || isSignatoryFunction(run[0]!) ? run.length : 0;
};

/** Lines of the notes' width from `k` on: two in a row (a body line now and then runs as long as a short note line). */
const notesAgain = (lines: readonly PageLine[], k: number, to: number, width: number): boolean =>
  k + 1 < to && noteWide(lines[k]!.text, width) && noteWide(lines[k + 1]!.text, width);

/** Whether line `k`, after body text between notes, continues the open note `open` (see the module comment). */
export const resumesNote = (lines: readonly PageLine[], k: number, to: number, open: readonly string[], width: number): boolean =>
  notesAgain(lines, k, to, width) && /^[\p{Ll}\d(]/u.test(lines[k]!.text) && OPEN_END.test(open[open.length - 1] ?? '.');
