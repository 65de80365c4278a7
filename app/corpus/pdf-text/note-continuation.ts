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
 * line would open with a capital; otherwise it is left as is.
 */

const CLOSED = /[.)!?]$/;
/** A body line ending a sentence, its reference glued after the stop or not (`rijksoverheid6.`, `Polen.2`); not an abbreviation such as `nr.`. */
const SENTENCE_END = /\p{L}{3,}\d{0,3}[.!?]\d{0,3}$/u;

/** The usual length of a full body line: the median length of non-blank lines. */
export const bodyWidth = (lines: readonly PageLine[]): number => {
  const lengths = lines.filter((l) => l.text !== '').map((l) => l.text.length);
  const sorted = [...lengths].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/**
 * The indices of the lines in `[from, to)` (one page, `to` the foot's first line or the page's
 * end) that continue a note whose lines so far are `open`; empty when none do.
 */
export const continuationOf = (lines: readonly PageLine[], from: number, to: number, open: readonly string[], width: number): number[] => {
  const lastOpen = open[open.length - 1];
  if (lastOpen === undefined || CLOSED.test(lastOpen) || width < 30) return [];
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
