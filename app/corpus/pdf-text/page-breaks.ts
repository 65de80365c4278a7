/**
 * Page breaks put back into text extracted without them (poppler's `pdftotext -nopgbrk`, which
 * writes exactly what plain `pdftotext` writes, less the form feeds). A page's number printed at
 * its foot is left as a bare number on a line of its own (`1`), followed by a blank line and the
 * next page's first line. Those lines are found from the end: the text's last non-blank line is
 * the last page's number k, and, going back, each page's number is the nearest bare line before
 * it that holds k − 1, …, 1 and stands between blank lines, at least five lines from the next one.
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
  const found = [last];
  let next = last;
  for (let n = count - 1; n >= 1; n--) {
    let i = next - MIN_PAGE_LINES;
    while (i >= 0 && !(BARE.exec(lines[i]!)?.[1] === String(n) && blank(lines[i + 1]) && blank(lines[i - 1]))) i--;
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
