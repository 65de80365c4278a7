import { NOTE_OPEN } from '../raw-paragraph';
import { keepsLineEndHyphen, type WordEvidence } from './hyphenation';
import type { PageLine } from './pages';
import { continuesUrl } from './url-wrap';

/**
 * Paragraphs of PDF-extracted body lines. Extractors rarely mark paragraph ends, so a line
 * ends its paragraph when the writer ended it: the next line's first word would have fitted on
 * it (it is well short of the text width, taken as the 80th percentile of line lengths
 * up to 1.2 × their upper quartile), or it
 * ends a sentence and is clearly short of the width; also at a blank line inside a page (unless
 * the line before it runs to the width without end punctuation and the next opens in lower
 * case: a column break, as poppler leaves between two columns), and before a bullet. A table row
 * (PageLine.row) is a paragraph of its own. A page break does not end a paragraph by itself: the same test decides, so a
 * paragraph cut by the page foot is joined again. Lines join with a space, line-end hyphens per
 * hyphenation.ts, a URL wrapped inside itself without one (url-wrap.ts), a soft hyphen (U+00AD) is removed.
 */

/** Lines of one paragraph and the page of its first line. */
export interface LineGroup {
  lines: string[];
  page: number;
  /** A table row (PageLine.row): a group of its own. */
  row?: boolean;
}

const SENTINEL = /\uE000[^\uE001]*\uE001/g;
/** A numbered heading's start: a number label `2.` / `2)` before a capital. */
const NUMBERED_HEAD = /^\d{1,2}[.)]\s+\p{Lu}/u;
const BULLET = /^[·•▪◦‣∙●○■–-]\s/;
const plain = (text: string) => text.replace(SENTINEL, '');

/** Joins wrapped lines: a space between, none after a line-end hyphen, inside a wrapped URL (url-wrap.ts) or before an anchor-only start. */
export const joinWrapped = (lines: readonly string[], evidence?: WordEvidence): string => {
  let out = '';
  for (const line of lines) {
    if (out === '') out = line;
    else if (out.endsWith('\u00AD')) out = out.slice(0, -1) + line;
    else if (continuesUrl(out, line)) out += line;
    else if (/\p{L}-$/u.test(out) && /^\p{L}/u.test(plain(line)))
      out = keepsLineEndHyphen(plain(out), plain(line), evidence) ? out + line : out.slice(0, -1) + line;
    else if (/[\p{L}\d)]-$/u.test(out)) out += line;
    else if (line.startsWith(NOTE_OPEN)) out += line;
    else out += ` ${line}`;
  }
  return out.split('\u00AD').join('');
};

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
};

/** Groups body lines into paragraphs (see the module comment). */
export const groupParagraphs = (lines: readonly PageLine[]): LineGroup[] => {
  // pdftotext joins a hyphen-broken word's line to the next: such over-long lines are not the width.
  const lengths = lines.filter((l) => l.text !== '').map((l) => plain(l.text).length);
  // The upper quartile, not the median: in short paragraphs (two lines each) half the lines are last lines.
  const upper = percentile(lengths, 0.75);
  const width = percentile(
    lengths.filter((n) => n <= upper * 1.2),
    0.8,
  );
  const ended = (prev: string, next: string): boolean => {
    const p = plain(prev);
    if (width < 30 || /[-\u00AD]$/.test(p)) return false;
    const n = plain(next);
    if (BULLET.test(n)) return true;
    const word = n.split(/\s/)[0] ?? '';
    if (p.length + 1 + word.length <= width * 0.8) return true;
    // A short line without end punctuation after a sentence end stands alone (`Antwoord`, a heading);
    // a numbered heading (`2. Humanitaire hulp en wederopbouw`) may be longer, short of a full line.
    if (/[.:!?]$/.test(p) && !/[.,;:!?]$/.test(n)) {
      if (n.length < width * 0.5 && /^\p{Lu}/u.test(n)) return true;
      if (n.length < width * 0.8 && NUMBERED_HEAD.test(n)) return true;
    }
    return /[.:!?]$/.test(p) && /^[\p{Lu}\d]/u.test(n) && p.length + 1 + word.length <= width * 0.93;
  };
  // A blank line between a full line without end punctuation and one opening in lower case is a column break, not a paragraph end.
  const continues = (prev: string, next: string): boolean =>
    width >= 30 && plain(prev).length >= width * 0.85 && !/[.:!?]$/.test(plain(prev)) && /^\p{Ll}/u.test(plain(next));
  const groups: LineGroup[] = [];
  let cur: LineGroup | null = null;
  let blank = false;
  let prevPage = 0;
  for (const line of lines) {
    if (line.text === '') {
      blank = true;
      continue;
    }
    const last = cur?.lines[cur.lines.length - 1];
    const pageBreak = line.page !== prevPage;
    const split =
      cur === null ||
      last === undefined ||
      line.row === true ||
      cur.row === true ||
      (blank && !pageBreak && !continues(last, line.text)) ||
      ended(last, line.text);
    if (cur !== null && last !== undefined && plain(line.text) === '') cur.lines[cur.lines.length - 1] = last + line.text;
    else if (split) {
      cur = line.row ? { lines: [line.text], page: line.page, row: true } : { lines: [line.text], page: line.page };
      groups.push(cur);
    } else cur!.lines.push(line.text);
    blank = false;
    prevPage = line.page;
  }
  return groups;
};
