import { ownWidthContinuation } from './note-continuation-own';
import type { PageLine } from './pages';

/**
 * A footnote that runs over to the next page, in PDF-extracted text (issue 14). The typesetter
 * continues it at the top of the next page's foot, without a number, so an extractor writes its
 * lines after that page's body and before the page's first numbered note (or its end). They are
 * told from body text by two kinds of evidence together:
 * - the note before is open: its last line does not end a sentence (`.`, `)`, `!`, `?`);
 * - the lines look like a foot: set in a smaller size, they run past the body's line width
 *   (more than 1.1 × the body's usual line length, except the note's short last line), and
 *   the first goes on in lower case (or a digit or bracket), mid-sentence.
 * The run is taken from the foot (or page end) upwards, never across a blank line. A note that
 * continues with a single short line is taken only when that line goes on in lower case right
 * after a body line that ended a sentence (`rijksoverheid6.` + `van de lange noot.`), where a body
 * line would open with a capital; otherwise it is left as is. A note set at the body's size
 * (pandoc → Word → LibreOffice) has no wider lines: when a numbered note follows on the page (`to`
 * is a foot), its continuation is the run from the nearest line above the foot that goes on in
 * lower case right after a line ending a sentence (blank lines between them allowed). Otherwise a
 * note that stays open is left as is and reported by the caller (`pdf.note-continuation`). Between the two, the note's
 * own line width when its long lines make the median line a note line (note-continuation-own.ts).
 */

const CLOSED = /[.)!?]$/;
/** A body line ending a sentence, its reference glued after the stop or not (`rijksoverheid6.`, `Polen.2`); not an abbreviation such as `nr.`. */
const SENTENCE_END = /(?:\p{L}{3,}|\))\d{0,3}[.!?]["'’”]?\d{0,3}$/u;

/**
 * The usual length of a full body line: the median length of non-blank lines in the upper half of each page (the
 * notes are at the foot: long notes would make the median line of the whole page a note line).
 */
export const bodyWidth = (lines: readonly PageLine[]): number => {
  const filled = lines.filter((l) => l.text !== '');
  const lengths = [...new Set(filled.map((l) => l.page))].flatMap((page) => {
    const on = filled.filter((l) => l.page === page);
    return on.slice(0, Math.ceil(on.length / 2)).map((l) => l.text.length);
  });
  const sorted = [...lengths].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/**
 * The indices of the lines in `[from, to)` (one page, `to` the foot's first line or the page's
 * end) that continue a note whose lines so far are `open`; empty when none do.
 */
export const continuationOf = (
  lines: readonly PageLine[],
  from: number,
  to: number,
  open: readonly string[],
  width: number,
  footFollows = false,
): number[] => {
  const lastOpen = open[open.length - 1];
  if (lastOpen === undefined || CLOSED.test(lastOpen) || width < 30) return [];
  const wide = smallType(lines, from, to, width);
  if (wide.length > 0) return wide;
  // Long notes make the median line a note line: measured by the note's own lines (note-continuation-own.ts).
  const own = ownWidthContinuation(lines, from, to, open);
  return own.length > 0 || !footFollows ? own : bodySized(lines, from, to);
};

/** A note left open: its last line does not end a sentence. */
export const isOpen = (open: readonly string[]): boolean => open.length > 0 && !CLOSED.test(open[open.length - 1]!);

/** The continuation in a note's smaller type (see the module comment). */
const smallType = (lines: readonly PageLine[], from: number, to: number, width: number): number[] => {
  const run: number[] = [];
  for (let j = to - 1; j >= from; j--) {
    const t = lines[j]!.text;
    if (t === '') break;
    if (run.length > 0 && t.length <= width * 1.1) break;
    run.unshift(j);
  }
  if (run.length === 0) return [];
  const first = lines[run[0]!]!.text;
  if (!/^[\p{Ll}\d(]/u.test(first)) return [];
  // One short line: a note's rest only when the body line above it ended a sentence (a body line after it would open with a capital).
  if (first.length <= width * 1.1)
    return run.length === 1 && /\p{Ll}/u.test(first[0]!) && SENTENCE_END.test(lines[run[0]! - 1]?.text ?? '') ? run : [];
  return run;
};

/** The continuation of a note set at body size, directly above the page's foot (see the module comment). */
const bodySized = (lines: readonly PageLine[], from: number, to: number): number[] => {
  let end = to;
  while (end > from && lines[end - 1]!.text === '') end--;
  for (let j = end - 1; j > from; j--) {
    const t = lines[j]!.text;
    if (t === '') return [];
    // The line above, across the blank lines of a layout-preserving extraction's gap above the foot.
    let k = j - 1;
    while (k > from && lines[k]!.text === '') k--;
    if (/^\p{Ll}/u.test(t) && SENTENCE_END.test(lines[k]!.text)) return Array.from({ length: end - j }, (_, q) => j + q);
  }
  return [];
};
