import type PDFDocument from 'pdfkit';

import type { Run } from './layout';

/** Subscript text: printed at this share of the paragraph's size, its baseline lowered by `drop` of that size. */
export const SUBSCRIPT = { scale: 0.62, drop: 0.14 } as const;

/** Underline and strike-through: offset from the baseline and thickness, in ems of the run's size (Liberation Sans' own metrics). */
const UNDERLINE = { offset: 0.106, thickness: 0.073 } as const;
const STRIKE = { offset: -0.259, thickness: 0.049 } as const;

/**
 * Draws a run's underline and strike-through under / through its text from `x` over `width`
 * points, `base` being the baseline the text was drawn on (pdfkit's top-down coordinates), in the
 * run's colour. Lines are vector paths beside the glyphs: text extraction sees only the text.
 */
export function drawDecorations(doc: PDFDocument, run: Run, x: number, base: number, width: number): void {
  for (const [on, line] of [
    [run.underline, UNDERLINE],
    [run.strikethrough, STRIKE],
  ] as const) {
    if (!on || width <= 0) continue;
    const y = base + line.offset * run.size;
    doc
      .lineWidth(line.thickness * run.size)
      .strokeColor(run.color)
      .moveTo(x, y)
      .lineTo(x + width, y)
      .stroke();
  }
}
