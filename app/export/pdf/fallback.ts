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
  lastResort: 'lastResort',
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
/**
 * Code points no face needs a glyph for (ZWJ, variation selectors, tags, soft hyphen): fontkit
 * sets them as a zero-width space (its hideDefaultIgnorables), so they never decide a face.
 */
const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;
/** Latin-1 without controls: Liberation Sans has all of it, so most words need no look-up. */
const LATIN1 = /^[\u0020-\u007e\u00a0-\u00ff]*$/;

/**
 * Splits `text` (NFC) into pieces set in `font` and pieces set in a fallback face: a character
 * `font` lacks goes to the fallback when that has it (pdfkit would draw nothing), and so does
 * a letter with the combining marks NFC could not compose (`q` + U+0308), whole: pdfkit does not
 * position marks with Liberation Sans, DejaVu Sans positions them (GPOS mark anchors). The
 * fallback is the DejaVu Sans face of the run's weight and slope (`fallbackFace`), then DejaVu
 * Sans Book, then Unifont Upper (`lastResort`: emoji, 𝄞, 𝑥 and the rest of the planes above the
 * BMP). Clusters are extended grapheme clusters (UAX #29), taken whole by the first face that has
 * all their code points; a cluster no one face has (an emoji ZWJ sequence, a letter with a
 * mark from another script) is split into code points, each in the first face that has it.
 * Code points are read as such (a character above U+FFFF is one, not two UTF-16 units). What no
 * face has stays in `font`. Adjacent pieces in one face make one piece.
 */
export function fontSegments(text: string, font: FontKey, covers: Coverage): FontSegment[] {
  if (font === 'lastResort' || LATIN1.test(text)) return [{ text, font }];
  const segments: FontSegment[] = [];
  const add = (piece: string, face: FontKey) => {
    const last = segments.at(-1);
    if (last && last.font === face) last.text += piece;
    else segments.push({ text: piece, font: face });
  };
  for (const { segment } of graphemes.segment(text)) {
    const whole = clusterFace(segment, font, covers);
    if (whole) add(segment, whole);
    // Each code point in the first face that has it; an ignorable one goes with its neighbour.
    else
      for (const char of segment)
        add(char, IGNORABLE.test(char) ? (segments.at(-1)?.font ?? font) : (pointFace(char, font, covers) ?? font));
  }
  return segments;
}

const graphemes = new Intl.Segmenter('nl', { granularity: 'grapheme' });

/** The faces tried for a run in `font`, in order: its own (unless `marked`), its DejaVu face, DejaVu Book, Unifont Upper. */
function candidates(font: FontKey, marked: boolean): FontKey[] {
  const faces: FontKey[] = isFallback(font) || marked ? [] : [font];
  for (const face of [fallbackFace(font), 'fallback', 'lastResort'] as const) if (!faces.includes(face)) faces.push(face);
  return faces;
}

/** The first candidate face with every (non-ignorable) code point of `cluster`, or undefined. */
function clusterFace(cluster: string, font: FontKey, covers: Coverage): FontKey | undefined {
  const points: number[] = [];
  for (const char of cluster) if (!IGNORABLE.test(char)) points.push(char.codePointAt(0) as number);
  const marked = points.length > 1 && COMBINING.test(cluster);
  // A fallback face is opened only when the face falls short, so it is embedded only when used.
  if (!marked && points.every((point) => covers(point, font))) return font;
  return candidates(font, marked).find((face) => points.every((point) => covers(point, face)));
}

/** The first candidate face with the code point `char`, or undefined when none has it. */
function pointFace(char: string, font: FontKey, covers: Coverage): FontKey | undefined {
  const point = char.codePointAt(0) as number;
  return candidates(font, false).find((face) => covers(point, face));
}
