import type { LinePiece } from './bidi';
import type { Run } from './layout';

const SOFT_HYPHEN = /\u00ad/g;

/**
 * The hyphen printed where a line breaks at a soft hyphen (U+00AD): U+2010 HYPHEN, which copies
 * back as a hyphen at a line's end, so that text extraction (poppler's pdftotext) joins the word.
 */
export const BREAK_HYPHEN = '\u2010';

/**
 * A line's pieces as they are printed with respect to soft hyphens (U+00AD, "discretionary
 * hyphen", Unicode §23.2 and UAX #14 class BA: a break opportunity after it): where the line breaks
 * after one (`wrapped`: the line ends because the next word did not fit, and its last piece ends in
 * a soft hyphen) it becomes a visible hyphen (BREAK_HYPHEN, its width measured with `width`);
 * every other soft hyphen is left out, so nothing is printed or copied for it. The pieces may be
 * in any order (`at`, their offset in the paragraph, finds the line's end); pieces without a soft
 * hyphen are returned as they are.
 */
export function withSoftHyphens<P extends LinePiece>(pieces: P[], wrapped: boolean, width: (text: string, run: Run) => number): P[] {
  if (!pieces.some((piece) => piece.text.includes('\u00ad'))) return pieces;
  // The line's logical end: the piece ending last in the paragraph (pieces may be in visual order already).
  const end = Math.max(...pieces.map((piece) => piece.at + piece.text.length));
  return pieces.map((piece) => {
    if (!piece.text.includes('\u00ad')) return piece;
    const breaks = wrapped && piece.at + piece.text.length === end && piece.text.endsWith('\u00ad');
    const text = piece.text.replace(SOFT_HYPHEN, '') + (breaks ? BREAK_HYPHEN : '');
    return { ...piece, text, width: breaks ? piece.width + width(BREAK_HYPHEN, piece.run) : piece.width };
  });
}
