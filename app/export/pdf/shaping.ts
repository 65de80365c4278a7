import type PDFDocument from 'pdfkit';

import { emojiClusters, withoutEmojiJoiners } from './emoji-joiners';
import { type EncodedText, type Glyph, PairWidths, type Position, type ShapedText } from './pair-widths';
import type { FontKey } from './styles';

export type { ShapedText } from './pair-widths';

/**
 * The learnt widths of the faces (PairWidths), by face: kept by the caller across exports (the
 * export worker for its lifetime; the command line in the user's cache folder, see
 * main/export/pdf-widths.ts) they spare fontkit's start-up and shaping in the next export.
 */
export type PdfWidths = Map<FontKey, PairWidths>;

/**
 * The private part of pdfkit 0.20's embedded font (js/pdfkit.js, EmbeddedFont) that drawing
 * glyphs needs: `layoutRun` shapes with fontkit (GSUB/GPOS: kerning, ligatures, mark
 * positioning) scaled to thousandths; `subset`, `widths` and `unicode` are what pdfkit's own
 * `encode` fills, from which it writes the font subset, its widths and the ToUnicode map.
 */
interface EmbeddedFont {
  id: string;
  ref(): unknown;
  layoutRun(text: string): { glyphs: Glyph[]; positions: Position[]; advanceWidth: number };
  subset: { includeGlyph(id: number): number };
  widths: number[];
  unicode: number[][];
  font: { hasGlyphForCodePoint(codePoint: number): boolean };
}

interface DocumentInternals {
  _font: EmbeddedFont;
  page: { fonts: Record<string, unknown> };
}

/** Where pdfkit's `layout` cuts a text before shaping it: after each space or tab. */
const CHUNK = /[^ \t]*[ \t]|[^ \t]+$/g;

/**
 * Shapes text once per face and string, for measuring and for drawing (see `drawShaped`).
 * pdfkit measures a string (widthOfString) and then shapes it again to draw it, each time cut
 * into space-ended chunks that are keyed differently from the words line breaking measures,
 * so every word went through fontkit's layout engine (≈ 0.1 ms each) two or three times; and
 * its text() adds per-fragment work (options, widths measured again, one buffer per operator).
 * On the 400-passage benchmark briefing this path took 1.2 s of a 2.3 s export process; drawing
 * the runs shaped here instead takes ≈ 0.1 s (bench/export.ts; numbers in the README).
 */
export class Shaper {
  private readonly runs = new Map<FontKey, Map<string, ShapedText>>();
  private readonly fonts = new Map<FontKey, EmbeddedFont>();
  /** Widths of texts holding spaces or tabs (see `width`), by face. */
  private readonly spaced = new Map<FontKey, Map<string, number>>();

  /** `tables`: each face's learnt letters and pairs (PdfWidths), shared with later exports when the caller keeps them. */
  constructor(
    private readonly doc: PDFDocument,
    private readonly tables: PdfWidths = new Map(),
  ) {}

  /**
   * `text` shaped as a whole in `font` (cached): from the face's learnt letters and kerning pairs
   * when it is made of known ones (PairWidths: fontkit's own numbers), else by fontkit, whose
   * result then teaches the tables. On the 400-passage benchmark briefing about nine words in ten
   * come from the tables, which took shaping from ≈ 0.35 s to ≈ 0.08 s of an export process.
   */
  shape(logical: string, font: FontKey): ShapedText {
    const text = withoutEmojiJoiners(logical);
    let cache = this.runs.get(font);
    if (!cache) this.runs.set(font, (cache = new Map()));
    let shaped = cache.get(text);
    if (!shaped) {
      let table = this.tables.get(font);
      if (!table) this.tables.set(font, (table = new PairWidths()));
      // Opened at its first word however it is shaped, so fonts are numbered as without tables.
      if (cache.size === 0) this.embedded(font);
      shaped = table.shape(text);
      if (!shaped) {
        const embedded = this.embedded(font);
        const run = embedded.layoutRun(text);
        shaped = { glyphs: withMissing(run.glyphs, text, embedded), positions: run.positions, width: run.advanceWidth };
        table.learn(text, shaped);
      }
      cache.set(text, shaped);
    }
    return shaped;
  }

  /**
   * Width of `text` in `font`, in thousandths of the size: as pdfkit's widthOfString measures
   * it (cut after each space or tab, each chunk shaped alone), so widths do not change.
   */
  width(text: string, font: FontKey): number {
    if (!text.includes(' ') && !text.includes('\t')) return this.shape(text, font).width;
    // Kept per face: line breaking measures every gap between words (64,000 on the 400-passage
    // benchmark briefing, 125 distinct), and cutting each again cost ≈ 0.1 s of an export process.
    let sums = this.spaced.get(font);
    if (!sums) this.spaced.set(font, (sums = new Map()));
    let width = sums.get(text);
    if (width === undefined) {
      width = 0;
      for (const [chunk] of text.matchAll(CHUNK)) width += this.shape(chunk, font).width;
      sums.set(text, width);
    }
    return width;
  }

  /** The chunks pdfkit would shape `text` in (see `width`); used to draw a text measured whole. */
  static chunks(text: string): string[] {
    return [...text.matchAll(CHUNK)].map(([chunk]) => chunk);
  }

  /** pdfkit's embedded font for `font`, opened (and made the document's current font) on first use. */
  embedded(font: FontKey): EmbeddedFont {
    let embedded = this.fonts.get(font);
    if (!embedded) {
      this.doc.font(font);
      embedded = (this.doc as unknown as DocumentInternals)._font;
      this.fonts.set(font, embedded);
    }
    return embedded;
  }
}

/**
 * `glyphs` with each .notdef glyph (id 0, which fontkit gives without code points) carrying the
 * character of `text` it stands for: the characters the face lacks, in order (fontkit gives one
 * .notdef per such character and hides default-ignorable ones), so drawing can copy it as itself.
 */
function withMissing(glyphs: Glyph[], text: string, embedded: EmbeddedFont): Glyph[] {
  if (!glyphs.some((glyph) => glyph.id === 0)) return glyphs;
  const lacking: number[] = [];
  for (const char of text) {
    const point = char.codePointAt(0) as number;
    if (!embedded.font.hasGlyphForCodePoint(point) && !IGNORABLE.test(char)) lacking.push(point);
  }
  let next = 0;
  return glyphs.map((glyph) => (glyph.id === 0 && next < lacking.length ? { id: 0, codePoints: [lacking[next++] as number] } : glyph));
}

const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;

/** A number as pdfkit writes it in content streams (PDFObject.number: at most six decimals). */
const num = (n: number): string => String(Math.round(n * 1e6) / 1e6);

/** Content streams are ASCII; handed to pdfkit as bytes, it skips its own per-character copy. */
const ascii = new TextEncoder();

/** Puts a glyph in the face's subset (with its width and code points) and gives its id there as four hex digits. */
function include(embedded: EmbeddedFont, glyph: Glyph, position: Position): string {
  const gid = embedded.subset.includeGlyph(glyph.id);
  embedded.widths[gid] ??= position.advanceWidth;
  embedded.unicode[gid] ??= glyph.codePoints;
  return gid.toString(16).padStart(4, '0');
}

/** The font's .notdef glyph standing for a character no bundled face has (fallback.ts). */
const isMissing = (glyph: Glyph): boolean => glyph.id === 0 && glyph.codePoints.length > 0;

/** `codePoints` as a PDF text string in hex (UTF-16BE with its byte order mark, ISO 32000-1 §7.9.2.2). */
function utf16Hex(codePoints: number[]): string {
  let hex = 'FEFF';
  for (const unit of String.fromCodePoint(...codePoints))
    for (let i = 0; i < unit.length; i++) hex += unit.charCodeAt(i).toString(16).padStart(4, '0');
  return hex.toUpperCase();
}

/** `shaped` as drawShaped writes it (see EncodedText), its glyphs included in the subset; null when a glyph is moved or missing. */
function encode(embedded: EmbeddedFont, shaped: ShapedText): EncodedText | null {
  const { glyphs, positions } = shaped;
  if (positions.some((pos) => pos.xOffset || pos.yOffset) || glyphs.some(isMissing)) return null;
  const kerned: Array<[string, string]> = [];
  let rest = '';
  for (let i = 0; i < glyphs.length; i++) {
    const pos = positions[i] as Position;
    rest += include(embedded, glyphs[i] as Glyph, pos);
    const kern = pos.xAdvance - pos.advanceWidth;
    if (kern !== 0) {
      kerned.push([rest, num(-kern)]);
      rest = '';
    }
  }
  return { kerned, rest };
}

/**
 * Draws shaped pieces, one after the other, as one text object: the glyphs' ids (hex, two bytes,
 * as pdfkit's Identity-H fonts take them), kerning as TJ adjustments and marks moved by their
 * GPOS offsets, exactly as pdfkit's `_fragment` writes a shaped string, and registers the glyphs
 * in the face's subset with their widths and code points (so the text copies back as it was
 * written). `x` and `baseline` are in pdfkit's top-down page coordinates, `size` in points; the
 * fill colour is the document's current one. A piece is encoded once (ShapedText.encoded) and
 * its glyph ids reused wherever it is drawn again.
 */
export function drawShaped(
  doc: PDFDocument,
  shaper: Shaper,
  font: FontKey,
  size: number,
  x: number,
  baseline: number,
  pieces: string[],
): void {
  const embedded = shaper.embedded(font);
  const page = (doc as unknown as DocumentInternals).page;
  page.fonts[embedded.id] ??= embedded.ref();
  const scale = size / 1000;
  const y = doc.page.height - baseline;
  // pdfkit's pages are drawn top-down (a flipping matrix opens each page); text is set unflipped.
  const ops: string[] = [
    'q',
    `1 0 0 -1 0 ${num(doc.page.height)} cm`,
    'BT',
    `1 0 0 1 ${num(x)} ${num(y)} Tm`,
    `/${embedded.id} ${num(size)} Tf`,
  ];
  let segment = '';
  let parts: string[] = [];
  const flush = () => {
    if (segment) parts.push(`<${segment}> 0`);
    if (parts.length) ops.push(`[${parts.join(' ')}] TJ`);
    [segment, parts] = ['', []];
  };
  let moved = false;
  const drawPiece = (piece: string): void => {
    const shaped = shaper.shape(piece, font);
    const { glyphs, positions } = shaped;
    if (shaped.encoded === undefined) shaped.encoded = encode(embedded, shaped);
    const { encoded } = shaped;
    if (encoded) {
      if (moved && glyphs.length) {
        ops.push(`1 0 0 1 ${num(x)} ${num(y)} Tm`);
        moved = false;
      }
      for (const [hex, adjustment] of encoded.kerned) {
        parts.push(`<${segment}${hex}> ${adjustment}`);
        segment = '';
      }
      segment += encoded.rest;
      for (const pos of positions) x += pos.xAdvance * scale;
      return;
    }
    for (let i = 0; i < glyphs.length; i++) {
      const pos = positions[i] as Position;
      const glyph = glyphs[i] as Glyph;
      const hex = include(embedded, glyph, pos);
      if (isMissing(glyph)) {
        // No face has it: its advance kept, nothing drawn (render mode 3), and copied as the character it is (ActualText, ISO 32000-1 §14.9.4).
        // The subset states .notdef at the advance fontkit lays it out with (750), not the glyph's own 1,536
        // pdfkit starts from: else the text after each such character (a tab, 中) stands 0.8 em right of where it was measured.
        embedded.widths[parseInt(hex, 16)] = pos.advanceWidth;
        flush();
        if (moved) ops.push(`1 0 0 1 ${num(x)} ${num(y)} Tm`);
        moved = false;
        ops.push(
          `/Span <</ActualText <${utf16Hex(glyph.codePoints)}>>> BDC`,
          '3 Tr',
          `[<${hex}> ${num(pos.advanceWidth - pos.xAdvance)}] TJ`,
          '0 Tr',
          'EMC',
        );
      } else if (pos.xOffset || pos.yOffset) {
        flush();
        const kern = pos.xAdvance - pos.advanceWidth;
        ops.push(`1 0 0 1 ${num(x + pos.xOffset * scale)} ${num(y + pos.yOffset * scale)} Tm`, `[<${hex}> ${num(-kern)}] TJ`);
        moved = true;
      } else {
        if (moved) {
          ops.push(`1 0 0 1 ${num(x)} ${num(y)} Tm`);
          moved = false;
        }
        segment += hex;
        const kern = pos.xAdvance - pos.advanceWidth;
        if (kern !== 0) {
          parts.push(`<${segment}> ${num(-kern)}`);
          segment = '';
        }
      }
      x += pos.xAdvance * scale;
    }
  };
  for (const piece of pieces) {
    for (const [drawn, copied] of emojiClusters(piece)) {
      if (copied === undefined) drawPiece(drawn);
      else {
        // An emoji ZWJ sequence: its parts side by side, copied back whole with its joiners (ActualText).
        flush();
        ops.push(`/Span <</ActualText <${utf16Hex([...copied].map((char) => char.codePointAt(0) as number))}>>> BDC`);
        drawPiece(drawn);
        flush();
        ops.push('EMC');
      }
    }
  }
  flush();
  ops.push('ET', 'Q', '');
  (doc as unknown as { addContent(data: Uint8Array): void }).addContent(ascii.encode(ops.join('\n')));
}

/**
 * Draws `text` on one line in `font` at `size` points, its baseline at `baseline` (pdfkit's
 * top-down page coordinates) from `x`: as pdfkit's `text(…, { lineBreak: false, baseline:
 * 'alphabetic' })` sets it, shaped by `shaper` (labels, page numbers, markers) so pdfkit's own
 * layout never opens fontkit's shaping tables.
 */
export function drawText(doc: PDFDocument, shaper: Shaper, font: FontKey, size: number, x: number, baseline: number, text: string): void {
  drawShaped(doc, shaper, font, size, x, baseline, Shaper.chunks(text));
}
