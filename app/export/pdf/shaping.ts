import type PDFDocument from 'pdfkit';

import type { FontKey } from './styles';

/** A glyph of a shaped run, as fontkit gives it: its id in the font and the code points it stands for. */
interface Glyph {
  id: number;
  codePoints: number[];
}

/** A glyph's placement, in thousandths of the font size (pdfkit's text space): advance with kerning, offsets, own width. */
interface Position {
  xAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

/** A piece of text shaped in one face: its glyphs, their positions and its width (thousandths of the size). */
export interface ShapedText {
  glyphs: Glyph[];
  positions: Position[];
  width: number;
}

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

  constructor(private readonly doc: PDFDocument) {}

  /** `text` shaped as a whole in `font` (cached). */
  shape(text: string, font: FontKey): ShapedText {
    let cache = this.runs.get(font);
    if (!cache) this.runs.set(font, (cache = new Map()));
    let shaped = cache.get(text);
    if (!shaped) {
      const run = this.embedded(font).layoutRun(text);
      shaped = { glyphs: run.glyphs, positions: run.positions, width: run.advanceWidth };
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
    let width = 0;
    for (const [chunk] of text.matchAll(CHUNK)) width += this.shape(chunk, font).width;
    return width;
  }

  /** The chunks pdfkit would shape `text` in (see `width`); used to draw a text measured whole. */
  static chunks(text: string): string[] {
    return [...text.matchAll(CHUNK)].map(([chunk]) => chunk);
  }

  /** pdfkit's embedded font for `font`, opened (and made the document's current font) on first use. */
  embedded(font: FontKey): EmbeddedFont {
    this.doc.font(font);
    return (this.doc as unknown as DocumentInternals)._font;
  }
}

/** A number as pdfkit writes it in content streams (PDFObject.number: at most six decimals). */
const num = (n: number): string => String(Math.round(n * 1e6) / 1e6);

/**
 * Draws shaped pieces, one after the other, as one text object: the glyphs' ids (hex, two bytes,
 * as pdfkit's Identity-H fonts take them), kerning as TJ adjustments and marks moved by their
 * GPOS offsets, exactly as pdfkit's `_fragment` writes a shaped string, and registers the glyphs
 * in the face's subset with their widths and code points (so the text copies back as it was
 * written). `x` and `baseline` are in pdfkit's top-down page coordinates, `size` in points; the
 * fill colour is the document's current one.
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
  for (const piece of pieces) {
    const { glyphs, positions } = shaper.shape(piece, font);
    for (let i = 0; i < glyphs.length; i++) {
      const glyph = glyphs[i] as Glyph;
      const pos = positions[i] as Position;
      const gid = embedded.subset.includeGlyph(glyph.id);
      embedded.widths[gid] ??= pos.advanceWidth;
      embedded.unicode[gid] ??= glyph.codePoints;
      const hex = gid.toString(16).padStart(4, '0');
      if (pos.xOffset || pos.yOffset) {
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
  }
  flush();
  ops.push('ET', 'Q');
  (doc as unknown as { addContent(data: string): void }).addContent(ops.join('\n'));
}
