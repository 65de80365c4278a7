import type PDFDocument from 'pdfkit';

import { type Coverage, createCoverage } from './fallback';
import type { Shaper } from './shaping';
import type { FontKey } from './styles';

/**
 * Width in points of `text` set in `font` at `size`; `covers`, when given, tells which
 * characters each face has (line breaking then sets the others in the fallback font).
 */
export type Measure = ((text: string, font: FontKey, size: number) => number) & { covers?: Coverage };

/**
 * Measures with the embedded fonts' own metrics (fontkit's shaping, kerning included, the widths
 * pdfkit's widthOfString gives), so the line breaks computed here are the ones drawn. Widths scale
 * linearly with the size; `shaper` shapes each (font, text) pair once and keeps it for drawing.
 */
export function createMeasure(doc: PDFDocument, shaper: Shaper): Measure {
  const measure: Measure = (text, font, size) => (shaper.width(text, font) * size) / 1000;
  measure.covers = createCoverage(doc);
  return measure;
}
