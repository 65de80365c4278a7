import type PDFDocument from 'pdfkit';

import type { FontKey } from './styles';

/** Whether `font` has a glyph for the code point; see createCoverage. */
export type Coverage = (codePoint: number, font: FontKey) => boolean;

/** A piece of a word and whether it is set in the fallback font. */
export interface FontSegment {
  text: string;
  fallback: boolean;
}

interface OpenedFont {
  _font: { font: { hasGlyphForCodePoint(codePoint: number): boolean } };
}

/**
 * The glyph coverage of the registered faces, read from each font's character map (fontkit's
 * `hasGlyphForCodePoint`, through pdfkit's opened font), cached per code point and face.
 */
export function createCoverage(doc: PDFDocument): Coverage {
  const cache = new Map<string, boolean>();
  return (codePoint, font) => {
    const key = `${font}:${codePoint}`;
    let covered = cache.get(key);
    if (covered === undefined) {
      const opened = doc.font(font) as unknown as OpenedFont;
      covered = opened._font.font.hasGlyphForCodePoint(codePoint);
      cache.set(key, covered);
    }
    return covered;
  };
}

const COMBINING = /\p{M}/u;
/** Latin-1 without controls: Liberation Sans has all of it, so most words need no look-up. */
const LATIN1 = /^[\u0020-\u007e\u00a0-\u00ff]*$/;

/**
 * Splits `text` (NFC) into pieces set in `font` and pieces set in the fallback font: a character
 * `font` lacks goes to the fallback when that has it (pdfkit would draw nothing), and so does
 * a letter with the combining marks NFC could not compose (`q` + U+0308), whole: pdfkit does not
 * position marks with Liberation Sans, DejaVu Sans positions them (GPOS mark anchors). What
 * neither font has stays in `font`. Clusters are extended grapheme clusters (UAX #29).
 */
export function fontSegments(text: string, font: FontKey, covers: Coverage): FontSegment[] {
  if (font === 'fallback' || LATIN1.test(text)) return [{ text, fallback: false }];
  const segments: FontSegment[] = [];
  for (const { segment } of graphemes.segment(text)) {
    const fallback = needsFallback(segment, font, covers);
    const last = segments.at(-1);
    if (last && last.fallback === fallback) last.text += segment;
    else segments.push({ text: segment, fallback });
  }
  return segments;
}

const graphemes = new Intl.Segmenter('nl', { granularity: 'grapheme' });

function needsFallback(cluster: string, font: FontKey, covers: Coverage): boolean {
  const points = [...cluster].map((char) => char.codePointAt(0) as number);
  const marked = points.length > 1 && COMBINING.test(cluster);
  // The fallback font is opened only when the face falls short, so it is embedded only when used.
  if (!marked && points.every((point) => covers(point, font))) return false;
  return points.every((point) => covers(point, 'fallback'));
}
