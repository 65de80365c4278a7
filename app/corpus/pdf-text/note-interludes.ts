import { isSignatoryFunction } from '../block-kinds';
import type { PageLine } from './pages';

/**
 * Body text between the notes of a foot (issue 14). pdf.js reads a two-column page column by
 * column, and LibreOffice sets each column's notes under that column, so an extractor writes the
 * first column's text, its notes, the second column's text, its notes: from the first note to the
 * page end is not all foot. A note may also run on under the next column (its rest after that
 * column's text). Told apart by the type: notes set smaller than the body wrap wider, so once a
 * note of the foot has wrapped past the body's usual line length (1.1 ×), a run of lines after a
 * note, up to the next note's start, a blank line or two lines of the notes' width, is body text (never starting with a line of the notes' width) when
 *   - it holds two or more full body lines (0.7–1.1 × the body's line length), which a note in the
 *     smaller type does not have; or
 *   - it opens with a signatory's function line (`De Minister van …,`) followed by another line.
 * Lines of the notes' width after such a run that go on in lower case, while the note before
 * did not end, continues that note. Where the notes are set at body size nothing is split.
 */

const OPEN_END = /[^.)!?]$/;

/** A wrapped line of a note in smaller type: longer than a body line, yet not two joined (poppler joins a line-end hyphen's lines). */
export const noteWide = (text: string, width: number): boolean => text.length > width * 1.1 && text.length <= width * 1.6;

/**
 * How many lines from `j` (before `to`) are body text between notes; 0 when they are not.
 * `isStart` says whether a line starts the next note.
 */
export const bodyRunAt = (lines: readonly PageLine[], j: number, to: number, width: number, isStart: (text: string) => boolean): number => {
  if (noteWide(lines[j]!.text, width)) return 0;
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
