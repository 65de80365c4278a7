/** A glyph as drawing needs it: its id in the font and the code points it stands for. */
export interface Glyph {
  id: number;
  codePoints: number[];
}

/** A glyph's placement, in thousandths of the font size (pdfkit's text space): advance with kerning, offsets, own width. */
export interface Position {
  xAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

/**
 * How a shaped text is written in a content stream once its glyphs are in the face's subset
 * (drawShaped): hex glyph ids each followed by a TJ kerning adjustment, then the hex ids after
 * the last adjustment, which the next text continues.
 */
export interface EncodedText {
  kerned: Array<[hex: string, adjustment: string]>;
  rest: string;
}

/**
 * A piece of text shaped in one face: its glyphs, their positions and its width (thousandths of
 * the size); `encoded` is drawing's cache (null when a glyph is moved by an offset, a mark).
 */
export interface ShapedText {
  glyphs: Glyph[];
  positions: Position[];
  width: number;
  encoded?: EncodedText | null;
}

interface Letter {
  glyph: Glyph;
  /** Advance width in thousandths of the size, as fontkit scaled by pdfkit gives it. */
  advance: number;
}

/**
 * Code points the tables take: printable Latin (U+0020–U+007E, U+00A0–U+024F without the soft
 * hyphen), the general punctuation that is printed (spaces, dashes, quotes, ellipsis, per mille;
 * not the zero-width, direction and invisible format characters) and the currency signs. No
 * combining marks, no scripts whose shaping joins letters: those always go to fontkit.
 */
export function isTabulated(codePoint: number): boolean {
  if (codePoint < 0x20) return false;
  if (codePoint < 0x7f) return true;
  if (codePoint < 0xa0) return false;
  if (codePoint < 0x250) return codePoint !== 0xad;
  if (codePoint >= 0x2000 && codePoint < 0x2060)
    return !(codePoint >= 0x200b && codePoint <= 0x200f) && !(codePoint >= 0x2028 && codePoint <= 0x202e);
  return codePoint >= 0x20a0 && codePoint < 0x20c1;
}

const pairKey = (first: number, second: number): number => first * 0x110000 + second;

/**
 * What a face's tables hold, as JSON keeps it (main/export/pdf-widths.ts stores it in the user's
 * cache folder): `letters` flat triples code point, glyph id, advance (thousandths of the size),
 * a struck-off letter with glyph id -1; `pairs` flat pairs `first × 0x110000 + second`, advance
 * of the first (thousandths), a struck-off pair with null.
 */
export interface PairWidthsSnapshot {
  letters: number[];
  pairs: Array<number | null>;
}

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= -1;

/**
 * One face's glyphs and kerning pairs, learnt from what fontkit shaped, so that a word made only of
 * known letters and known pairs is shaped without fontkit (≈ 0.1 ms a word there; a few Map
 * look-ups here). Liberation Sans kerns with GPOS pair adjustments only (no ligatures, no
 * contextual positioning for these characters), so a word's shaping is its letters' glyphs, each
 * advanced by its advance plus the kerning with the next letter: exactly fontkit's numbers (the
 * same floats, summed in the same order), which test/app/export/pdf/pair-widths.test.ts checks
 * for every word of the sample corpus in every face. The tables check themselves too: a letter
 * or pair ever shaped two ways (a ligature, a contextual rule) is never taken from them again.
 */
export class PairWidths {
  /** By code point; null once seen shaped in two ways. */
  private readonly letters = new Map<number, Letter | null>();
  /** A letter's advance (thousandths) before the next one, by `pairKey`; null once seen two ways. */
  private readonly pairs = new Map<number, number | null>();
  /** Whether anything was learnt since the tables were made or restored. */
  changed = false;

  /** The tables as `snapshot()` gave them; throws a TypeError on anything else. */
  static restore(snapshot: PairWidthsSnapshot): PairWidths {
    const { letters, pairs } = snapshot;
    if (!Array.isArray(letters) || !Array.isArray(pairs) || letters.length % 3 || pairs.length % 2)
      throw new TypeError('pair widths: bad shape');
    const table = new PairWidths();
    for (let i = 0; i < letters.length; i += 3) {
      const [point, id, advance] = [letters[i], letters[i + 1], letters[i + 2]];
      if (!isCount(point) || !isTabulated(point) || !isCount(id) || !Number.isFinite(advance))
        throw new TypeError('pair widths: bad letter');
      table.letters.set(point, id < 0 ? null : { glyph: { id, codePoints: [point] }, advance: advance as number });
    }
    for (let i = 0; i < pairs.length; i += 2) {
      const [key, advance] = [pairs[i], pairs[i + 1]];
      if (!isCount(key) || !(advance === null || Number.isFinite(advance))) throw new TypeError('pair widths: bad pair');
      table.pairs.set(key, advance as number | null);
    }
    return table;
  }

  /** The tables as JSON can hold them (see PairWidthsSnapshot). */
  snapshot(): PairWidthsSnapshot {
    const letters: number[] = [];
    for (const [point, letter] of this.letters) letters.push(point, letter ? letter.glyph.id : -1, letter ? letter.advance : 0);
    const pairs: Array<number | null> = [];
    for (const [key, advance] of this.pairs) pairs.push(key, advance);
    return { letters, pairs };
  }

  /** `text` shaped from the tables, or undefined when one of its letters or pairs is not known (yet). */
  shape(text: string): ShapedText | undefined {
    const glyphs: Glyph[] = [];
    const positions: Position[] = [];
    let width = 0;
    let previous: Letter | undefined;
    let previousPoint = 0;
    for (let i = 0; i < text.length; i++) {
      const point = text.charCodeAt(i);
      // Surrogates (astral characters) are never tabulated.
      const letter = this.letters.get(point);
      if (!letter) return undefined;
      if (previous) {
        const advance = this.pairs.get(pairKey(previousPoint, point));
        if (advance === undefined || advance === null) return undefined;
        positions.push({ xAdvance: advance, xOffset: 0, yOffset: 0, advanceWidth: previous.advance });
        width += advance;
      }
      glyphs.push(letter.glyph);
      [previous, previousPoint] = [letter, point];
    }
    if (previous) {
      positions.push({ xAdvance: previous.advance, xOffset: 0, yOffset: 0, advanceWidth: previous.advance });
      width += previous.advance;
    }
    return { glyphs, positions, width };
  }

  /**
   * Learns the letters and pairs of `text` from fontkit's shaping of it, when that is one glyph
   * per tabulated character, unmoved, the last advanced by its own width; otherwise learns
   * nothing. A letter or pair that contradicts what was learnt before is struck off.
   */
  learn(text: string, shaped: ShapedText): void {
    const { glyphs, positions } = shaped;
    if (glyphs.length !== text.length || glyphs.length === 0) return;
    for (let i = 0; i < glyphs.length; i++) {
      const point = text.charCodeAt(i);
      const glyph = glyphs[i] as Glyph;
      const position = positions[i] as Position;
      if (!isTabulated(point) || glyph.codePoints.length !== 1 || glyph.codePoints[0] !== point) return;
      if (position.xOffset !== 0 || position.yOffset !== 0) return;
    }
    const last = positions.at(-1) as Position;
    if (last.xAdvance !== last.advanceWidth) return;
    for (let i = 0; i < glyphs.length; i++) {
      const point = text.charCodeAt(i);
      const glyph = glyphs[i] as Glyph;
      const position = positions[i] as Position;
      const known = this.letters.get(point);
      if (known === undefined) this.letters.set(point, { glyph: { id: glyph.id, codePoints: [point] }, advance: position.advanceWidth });
      else if (known && (known.glyph.id !== glyph.id || known.advance !== position.advanceWidth)) this.letters.set(point, null);
      else continue;
      this.changed = true;
    }
    for (let i = 0; i + 1 < glyphs.length; i++) {
      const key = pairKey(text.charCodeAt(i), text.charCodeAt(i + 1));
      const advance = (positions[i] as Position).xAdvance;
      const pair = this.pairs.get(key);
      if (pair === undefined) this.pairs.set(key, advance);
      else if (pair !== null && pair !== advance) this.pairs.set(key, null);
      else continue;
      this.changed = true;
    }
  }
}
