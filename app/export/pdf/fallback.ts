import type PDFDocument from 'pdfkit';

import type { FontKey } from './styles';

/** Whether `font` has a glyph for the code point; see createCoverage. */
export type Coverage = (codePoint: number, font: FontKey) => boolean;

/** A piece of a word and the face it is set in: the run's own, or a fallback face (`fallbackFace`). */
export interface FontSegment {
  text: string;
  font: FontKey;
}

/** The DejaVu Sans face standing in for each Liberation Sans face: Book, Bold, Oblique, Bold Oblique. */
const FALLBACK_FACE: Record<FontKey, FontKey> = {
  regular: 'fallback',
  bold: 'fallbackBold',
  italic: 'fallbackItalic',
  boldItalic: 'fallbackBoldItalic',
  fallback: 'fallback',
  fallbackBold: 'fallbackBold',
  fallbackItalic: 'fallbackItalic',
  fallbackBoldItalic: 'fallbackBoldItalic',
};

/**
 * The fallback face for a run in `font`, same weight and slope (`bold` → `fallbackBold`, DejaVu
 * Sans Bold; `italic` → `fallbackItalic`, DejaVu Sans Oblique); a fallback face maps to itself.
 */
export function fallbackFace(font: FontKey): FontKey {
  return FALLBACK_FACE[font];
}

const isFallback = (font: FontKey): boolean => FALLBACK_FACE[font] === font;

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
 * Splits `text` (NFC) into pieces set in `font` and pieces set in a fallback face: a character
 * `font` lacks goes to the fallback when that has it (pdfkit would draw nothing), and so does
 * a letter with the combining marks NFC could not compose (`q` + U+0308), whole: pdfkit does not
 * position marks with Liberation Sans, DejaVu Sans positions them (GPOS mark anchors). The
 * fallback is the DejaVu Sans face of the run's weight and slope (`fallbackFace`), DejaVu Sans
 * Book when that face lacks the character too; what none has stays in `font`. Adjacent clusters
 * in one face make one piece. Clusters are extended grapheme clusters (UAX #29).
 */
export function fontSegments(text: string, font: FontKey, covers: Coverage): FontSegment[] {
  if (isFallback(font) || LATIN1.test(text)) return [{ text, font }];
  const segments: FontSegment[] = [];
  for (const { segment } of graphemes.segment(text)) {
    const face = clusterFace(segment, font, covers);
    const last = segments.at(-1);
    if (last && last.font === face) last.text += segment;
    else segments.push({ text: segment, font: face });
  }
  return segments;
}

const graphemes = new Intl.Segmenter('nl', { granularity: 'grapheme' });

function clusterFace(cluster: string, font: FontKey, covers: Coverage): FontKey {
  const points = [...cluster].map((char) => char.codePointAt(0) as number);
  const marked = points.length > 1 && COMBINING.test(cluster);
  // A fallback face is opened only when the face falls short, so it is embedded only when used.
  if (!marked && points.every((point) => covers(point, font))) return font;
  for (const fallback of new Set([fallbackFace(font), 'fallback' as const]))
    if (points.every((point) => covers(point, fallback))) return fallback;
  return font;
}
