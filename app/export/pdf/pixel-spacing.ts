import type { Position } from './pair-widths';

/** Space kept on each side of a glyph's ink, in thousandths of the size (about a letter's side bearing with a full stop's). */
export const SIDE_BEARING = 80;

/** A glyph as fontkit shapes it: its id and its ink's box, in font units. */
interface InkGlyph {
  id: number;
  bbox?: { minX: number; maxX: number };
}

/**
 * Positions for glyphs of the last-resort face (GNU Unifont Upper) set with their ink's width
 * plus `SIDE_BEARING` on each side, instead of the font's advances: Unifont is drawn on a grid of
 * 8 or 16 pixel cells, so a narrow glyph in a wide cell (𝑥: ink in 36 of 64 units, 👧: 28 of 64)
 * left a visible gap before the comma after it, while a wide one (💻: 48 of 64) touched a full
 * stop. When that is narrower than the cell, the advance becomes ink + 2 × SIDE_BEARING and the
 * glyph moves by its own x offset so its ink starts SIDE_BEARING after the origin; kerning
 * (xAdvance − advanceWidth) is kept. A glyph that fills its cell (𝄞 in its half-em cell), one
 * without ink (a space, a hidden default-ignorable) and the .notdef glyph keep their positions.
 * `positions` are in thousandths of the size (pdfkit's layoutRun), `unitsPerEm` the face's.
 * Returns new positions and their total advance.
 */
export function pixelFontPositions(
  glyphs: readonly InkGlyph[],
  positions: readonly Position[],
  unitsPerEm: number,
): { positions: Position[]; width: number } {
  const scale = 1000 / unitsPerEm;
  let width = 0;
  const out = positions.map((position, index) => {
    const { id, bbox } = glyphs[index]!;
    let next = position;
    const advanceWidth = bbox ? (bbox.maxX - bbox.minX) * scale + 2 * SIDE_BEARING : 0;
    if (id !== 0 && bbox && bbox.maxX > bbox.minX && advanceWidth < position.advanceWidth) {
      next = {
        xOffset: position.xOffset + SIDE_BEARING - bbox.minX * scale,
        yOffset: position.yOffset,
        advanceWidth,
        xAdvance: advanceWidth + position.xAdvance - position.advanceWidth,
      };
    }
    width += next.xAdvance;
    return next;
  });
  return { positions: out, width };
}
