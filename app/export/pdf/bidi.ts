import bidiFactory from 'bidi-js';

import type { Run } from './layout';

/**
 * A piece of a line as line breaking made it: a word (or part of one) or a space in one run, its
 * width in points, and `at`, the offset of its first UTF-16 unit in the paragraph's text.
 */
export interface LinePiece {
  run: Run;
  text: string;
  width: number;
  at: number;
}

/** The paragraph's bidi embedding levels (UAX #9) and its base level (0 left-to-right, 1 right-to-left). */
export interface ParagraphLevels {
  levels: Uint8Array;
  base: number;
}

const bidi = bidiFactory();

/** Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, NKo, …; bidi classes R and AL): without them a paragraph needs no reordering. */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/**
 * The Unicode Bidirectional Algorithm's embedding levels of a paragraph's text (UAX #9 rules P2–I2,
 * by bidi-js; the base direction from the first strong letter, P2–P3), or null when the text holds
 * no right-to-left letter, so that it is drawn in its logical order unchanged (nearly every paragraph).
 */
export function paragraphLevels(text: string): ParagraphLevels | null {
  if (!RIGHT_TO_LEFT.test(text)) return null;
  const { levels, paragraphs } = bidi.getEmbeddingLevels(text, 'auto');
  return { levels, base: paragraphs[0]?.level ?? 0 };
}

/**
 * A line's pieces (logical order) in visual order, UAX #9 rules L1–L2 applied to the line: each
 * piece cut where the level changes (a cut piece measured again with `width`), white space at the
 * line's end set to the paragraph's level (L1), then from the highest level down to the lowest odd
 * one every sequence of pieces at that level or above reversed (L2). A right-to-left piece keeps its
 * characters in logical order: fontkit sets a right-to-left script's glyphs right to left itself;
 * a piece at an odd level without right-to-left letters (neutrals such as `).`) is reversed here,
 * its brackets mirrored (L4).
 */
export function visualOrder<P extends LinePiece>(
  pieces: P[],
  paragraph: ParagraphLevels,
  width: (text: string, run: Run) => number,
): Array<P & { level: number }> {
  const { levels, base } = paragraph;
  const cut: Array<P & { level: number }> = [];
  for (const piece of pieces) {
    let from = 0;
    for (let i = 1; i <= piece.text.length; i++) {
      if (i < piece.text.length && levels[piece.at + i] === levels[piece.at + from]) continue;
      const text = piece.text.slice(from, i);
      const whole = from === 0 && i === piece.text.length;
      cut.push({
        ...piece,
        text,
        at: piece.at + from,
        width: whole ? piece.width : width(text, piece.run),
        level: levels[piece.at + from] ?? base,
      });
      from = i;
    }
  }
  for (let i = cut.length - 1; i >= 0 && /^\s*$/.test((cut[i] as LinePiece).text); i--) (cut[i] as { level: number }).level = base;
  const highest = Math.max(...cut.map((piece) => piece.level));
  const lowestOdd = Math.min(...cut.map((piece) => piece.level | 1));
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < cut.length;) {
      if ((cut[i] as { level: number }).level < level) {
        i++;
        continue;
      }
      let end = i;
      while (end < cut.length && (cut[end] as { level: number }).level >= level) end++;
      cut.splice(i, end - i, ...cut.slice(i, end).reverse());
      i = end;
    }
  }
  return cut.map((piece) => (piece.level % 2 === 1 && !RIGHT_TO_LEFT.test(piece.text) ? { ...piece, text: mirrored(piece.text) } : piece));
}

/** `text` reversed by code point, each character replaced by its bidi mirror (`(` ↔ `)`), as a right-to-left run of neutrals is drawn. */
function mirrored(text: string): string {
  return [...text]
    .reverse()
    .map((char) => bidi.getMirroredCharacter(char) ?? char)
    .join('');
}
