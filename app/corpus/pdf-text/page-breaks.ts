/**
 * Page breaks put back into text extracted without them (poppler's `pdftotext -nopgbrk`, which
 * writes exactly what plain `pdftotext` writes, less the form feeds). A page's number printed at
 * its foot is left as a bare number on a line of its own (`1`), followed by a blank line and the
 * next page's first line. Those lines are found from the end: the text's last non-blank line is
 * the last page's number k, and, going back, each page's number is the nearest bare line before
 * it that holds k − 1, …, 1 and stands between blank lines, at least five lines from the next one;
 * failing that, in text with blank lines between its blocks (poppler's, not pdf.js's), also right
 * after a line of text (LibreOffice's two-column page: a note's last line, then `1`), never after
 * another bare number (a label run: `1`, `2`, blank).
 * Note labels (`1`, `2` at a page foot) are never taken for them: a page's number is the last
 * line of its page, so the nearest one before the next page's number is the page number.
 */

const MIN_PAGE_LINES = 5;
const BARE = /^\s*(\d{1,4})\s*$/;
const blank = (line: string | undefined): boolean => (line ?? '').trim() === '';

/**
 * The indices of the page-number lines at the page feet of `lines` (one per page, in order, the
 * first holding `1`), or null when the text does not end in such a chain of at least two pages.
 */
export const footPageNumbers = (lines: readonly string[]): number[] | null => {
  let last = lines.length - 1;
  while (last >= 0 && lines[last]!.trim() === '') last--;
  const m = last >= 0 ? BARE.exec(lines[last]!) : null;
  if (!m) return null;
  const count = Number(m[1]);
  if (count < 2 || count > 1500) return null;
  // Poppler's text has blank lines between its blocks; pdf.js text (blank-pages.ts) only between pages.
  const blocks = lines.filter((l) => blank(l)).length >= 3 * count;
  return chain(lines, last, count, false) ?? (blocks ? chain(lines, last, count, true) : null);
};

/** The page numbers `count`, …, 1 back from line `last`; `textBefore`: one may follow a line of text directly. */
const chain = (lines: readonly string[], last: number, count: number, textBefore: boolean): number[] | null => {
  const before = (k: number) => blank(lines[k - 1]) || (textBefore && !BARE.test(lines[k - 1]!));
  const found = [last];
  let next = last;
  for (let n = count - 1; n >= 1; n--) {
    let i = next - MIN_PAGE_LINES;
    while (i >= 0 && !(BARE.exec(lines[i]!)?.[1] === String(n) && blank(lines[i + 1]) && before(i))) i--;
    if (i < 0) return null;
    found.unshift(i);
    next = i;
  }
  return found;
};

/**
 * `text` with a form feed before each page's first line, after each page number but the last and
 * the blank line after it (footPageNumbers), as poppler's plain `pdftotext` would have written
 * it; the text unchanged when it already holds form feeds or shows no such page numbers.
 */
export const restorePageBreaks = (text: string): string => {
  if (text.includes('\f')) return text;
  const lines = text.split('\n');
  const feet = footPageNumbers(lines.map((l) => l.replace(/\r$/, '')));
  if (!feet) return text;
  for (const i of feet.slice(0, -1)) if (i + 2 < lines.length) lines[i + 2] = `\f${lines[i + 2]}`;
  return lines.join('\n');
};
