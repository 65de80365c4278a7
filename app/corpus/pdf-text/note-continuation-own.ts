import type { PageLine } from './pages';

/**
 * A note's rest on the next page measured by the note's own lines (issue 14, session 12), for text that has no sizes
 * (pdf.js): a note in small print has more characters to a full line than the body, but when the notes are long the
 * document's median line is a note line, and the body-width test (note-continuation.ts) finds no wider lines. Here the
 * width is the open note's own: the run upwards from the page's foot (or end) of lines as long as the note's (at least
 * 9/10 of its last line, a full one as the note broke off mid-sentence), its first going on in lower case (or a digit
 * or bracket), the page's body above it clearly narrower (its median line at most 0.87 × the note's). A run of one short line (the note's last) is taken only with
 * evidence that it is no body line: it ends a sentence, the body line above it does not, and the next page's first
 * line goes on in lower case (`… met de Kamer is` / `alsmede … systemen.` / next page `besproken.`).
 */

const median = (values: number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

const LOWER_START = /^[\p{Ll}\d(]/u;
const ENDS = /[.)!?]$/;

/** The indices in `[from, to)` that continue the note whose lines so far are `open`, by its own line width; or none. */
export const ownWidthContinuation = (lines: readonly PageLine[], from: number, to: number, open: readonly string[]): number[] => {
  // The open note's last line is a full one (it broke off mid-sentence): the note's width.
  const width = open[open.length - 1]?.length ?? 0;
  if (width < 30) return [];
  let end = to;
  while (end > from && lines[end - 1]!.text === '') end--;
  const run: number[] = [];
  for (let j = end - 1; j >= from; j--) {
    const t = lines[j]!.text;
    if (t === '' || (run.length > 0 && t.length < width * 0.9)) break;
    run.unshift(j);
  }
  if (run.length === 0 || !LOWER_START.test(lines[run[0]!]!.text)) return [];
  const body = lines.slice(from, run[0]).filter((l) => l.text !== '');
  if (body.length > 0 && median(body.map((l) => l.text.length)) > width * 0.87) return [];
  if (run.length > 1 || lines[run[0]!]!.text.length >= width * 0.9) return run;
  // One short line: a note's last line only when reading it as body would break the body's sentence.
  const only = lines[run[0]!]!;
  const above = body[body.length - 1]?.text ?? '';
  const next = lines.slice(to).find((l) => l.page > only.page && l.text !== '')?.text ?? '';
  return ENDS.test(only.text) && /[\p{L},;]$/u.test(above) && /^\p{Ll}/u.test(next) ? run : [];
};
