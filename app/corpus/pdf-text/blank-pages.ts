/**
 * Pages of text that marks a page break with a blank line and nothing else: pdf.js
 * `getTextContent` items joined at their line ends (`hasEOL`), pages joined by a blank line, as a
 * simple extraction tool writes them (FORMATS.md, "PDF → text": pages separated by blank lines).
 * Such text has no blank line inside a page, so its blank lines are page breaks when every run of
 * text between them, but the last, is a page's worth of lines. Poppler's text without page breaks
 * (`-nopgbrk`) has blank lines between blocks (a footer, a heading, a short paragraph of its own),
 * so it never passes. Only text already taken for PDF text is split so (pages.ts; the format
 * detector does not use it).
 */

/** The fewest lines of a page that is not the last (an A5 page holds about 30, a short letter's first page 10 or more). */
const PAGE_LINES = 8;

/**
 * The pages of `raw` (lines separated by `\n`, no form feed) split at runs of blank or space-only
 * lines, when there are two or more and each but the last holds at least 8 lines; else null.
 * Leading and trailing blank lines are dropped; each page is its lines joined by `\n`.
 */
export const blankLinePages = (raw: string): string[] | null => {
  const pages: string[][] = [];
  let cur: string[] = [];
  for (const line of raw.split('\n')) {
    if (line.trim() !== '') cur.push(line);
    else if (cur.length > 0) {
      pages.push(cur);
      cur = [];
    }
  }
  if (cur.length > 0) pages.push(cur);
  if (pages.length < 2 || pages.slice(0, -1).some((p) => p.length < PAGE_LINES)) return null;
  return pages.map((p) => p.join('\n'));
};

const SENTENCE_END = /[.!?]["'”’)]*$/;

/**
 * Which repeating edge lines may be furniture on pages split at blank lines. Such pages have no
 * blank line to set a running header or footer apart from the body, so a body line that opens or
 * closes every page (a recurring full line, a closing sentence) looks the same as one: only a line
 * with a number in it (`Pagina 2`, `Kenmerk 2026-…`, `kst-36045-212 … 2026 1`) or one that is short
 * (under 60% of the text width, the 80th percentile of the line lengths) and ends no sentence
 * (`Situatie in Oekraïne`) is taken. `lines` are the text's lines; the answer is for the texts of
 * one shape's occurrences.
 */
export const blankPageFurniture = (lines: readonly string[]): ((texts: readonly string[]) => boolean) => {
  const lengths = lines.filter((l) => l.trim() !== '').map((l) => l.trim().length);
  const sorted = [...lengths].sort((a, b) => a - b);
  const width = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.8))] ?? 0;
  return (texts) => texts.every((t) => /\d/.test(t) || (t.trim().length < width * 0.6 && !SENTENCE_END.test(t.trim())));
};
