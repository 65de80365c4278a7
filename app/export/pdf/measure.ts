import type PDFDocument from 'pdfkit';

import { type Coverage, createCoverage } from './fallback';
import type { FontKey } from './styles';

/**
 * Width in points of `text` set in `font` at `size`; `covers`, when given, tells which
 * characters each face has (line breaking then sets the others in the fallback font).
 */
export type Measure = ((text: string, font: FontKey, size: number) => number) & { covers?: Coverage };

/**
 * Measures with the embedded fonts' own metrics (pdfkit's widthOfString, kerning included), so
 * the line breaks computed here are the ones drawn. Widths scale linearly with the size, so each
 * (font, text) pair is measured once, at 1000 pt, and cached: a briefing repeats its words.
 */
export function createMeasure(doc: PDFDocument): Measure {
  const cache = new Map<string, number>();
  const measure: Measure = (text, font, size) => {
    const key = `${font}\u0000${text}`;
    let unit = cache.get(key);
    if (unit === undefined) {
      unit = doc.font(font, 1000).widthOfString(text) / 1000;
      cache.set(key, unit);
    }
    return unit * size;
  };
  measure.covers = createCoverage(doc);
  return measure;
}
