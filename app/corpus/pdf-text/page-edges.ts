/**
 * Where page furniture may be removed in extracted text (issue 14): only at the page's edges,
 * never between body lines. A line whose shape repeats at the page edges (pages.ts) is removed
 * only when it stands in the run of furniture that opens or closes its page:
 *
 * - On a page whose extractor separates blocks by blank lines (poppler, plain or `-layout`: the
 *   page holds a blank line between two text lines), whole blocks are taken from each edge
 *   inwards while every line of the block is furniture; past the outermost block, a block that
 *   ends a sentence (`.`, `!`, `?`) is body text and stops the walk. A furniture-shaped line in
 *   the same block as body text is body text (the 2nd line of a paragraph that recurs, a
 *   column's closing lines above the footer).
 * - At the page's foot, past the blocks taken, a footer line glued under the last body line
 *   (LibreOffice's two-line footer `Pagina` / `3`, poppler writing the label with no blank line
 *   after the page's last note) is taken off the block's end when it stands apart on other pages
 *   (`apart`), does not end a sentence, and the line above it does.
 * - On a page without blank lines (pdf.js joined naively), lines are taken from each edge
 *   inwards while they are furniture.
 *
 * Each removed line says whether it is obviously furniture (see `obvious`), for the warning
 * (furniture-warning.ts).
 */

/** A line removed as furniture: its index on the page and whether it is obviously furniture. */
export interface EdgeRemoval {
  index: number;
  obvious: boolean;
}

const SENTENCE_END = /[.!?]["'”’)]*$/;

/**
 * Obviously furniture, not a body line: a page number (`pageNumber`), or a line that does not end
 * a sentence and either is the page's outermost text line or was separated from the body by a
 * blank line (a block of its own).
 */
const obvious = (text: string, pageNumber: boolean, apart: boolean): boolean => pageNumber || (apart && !SENTENCE_END.test(text.trim()));

/**
 * The furniture of one page at its edges (see the module comment). `furniture(i)` says whether
 * line i's shape is page furniture, `pageNumber(i)` whether it is a page number or counts with
 * the pages, `apart(i)` whether line i's shape is taken as a block of its own on another page.
 * Lines are the page's lines, blank lines as `''` or spaces.
 */
export const edgeFurniture = (
  lines: readonly string[],
  furniture: (i: number) => boolean,
  pageNumber: (i: number) => boolean,
  apart: (i: number) => boolean = () => false,
): EdgeRemoval[] => {
  const filled = lines.flatMap((l, i) => (l.trim() === '' ? [] : [i]));
  if (filled.length === 0) return [];
  const first = filled[0]!;
  const last = filled[filled.length - 1]!;
  const blocked = filled.some((i, k) => k > 0 && i - filled[k - 1]! > 1);
  const out = new Map<number, EdgeRemoval>();
  const take = (i: number, apart: boolean) => {
    if (!out.has(i)) out.set(i, { index: i, obvious: obvious(lines[i]!, pageNumber(i), apart || i === first || i === last) });
  };
  for (const step of [1, -1]) {
    const order = step === 1 ? filled : [...filled].reverse();
    if (!blocked) {
      for (const i of order) {
        if (!furniture(i)) break;
        take(i, false);
      }
      continue;
    }
    // Blocks in walking order: runs of lines with no blank line between them.
    const blocks: number[][] = [];
    for (const i of order) {
      const prev = blocks[blocks.length - 1];
      if (prev && Math.abs(prev[prev.length - 1]! - i) === 1) prev.push(i);
      else blocks.push([i]);
    }
    for (const [k, block] of blocks.entries()) {
      if (!block.every(furniture)) {
        if (step === -1 && k > 0) for (const i of gluedFooter(lines, block, furniture, apart)) take(i, true);
        break;
      }
      const end = Math.max(...block);
      if (k > 0 && SENTENCE_END.test(lines[end]!.trim()) && !block.every(pageNumber)) break;
      for (const i of block) take(i, true);
    }
  }
  return [...out.values()].sort((a, b) => a.index - b.index);
};

/**
 * The footer lines glued under a foot block's last body line (`block` walked bottom-up): while a
 * line is furniture that stands apart on other pages and does not end a sentence, and the line
 * above it ends one (a finished note or paragraph, not a sentence running on into it).
 */
const gluedFooter = (
  lines: readonly string[],
  block: readonly number[],
  furniture: (i: number) => boolean,
  apart: (i: number) => boolean,
): number[] => {
  let n = 0;
  while (n < block.length && furniture(block[n]!) && apart(block[n]!) && !SENTENCE_END.test(lines[block[n]!]!.trim())) n++;
  const above = block[n];
  return above !== undefined && SENTENCE_END.test(lines[above]!.trim()) ? block.slice(0, n) : [];
};
