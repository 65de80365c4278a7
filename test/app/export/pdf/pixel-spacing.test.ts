import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';

import { PDF_FONT_FACES } from '../../../../app/export/pdf/fonts';
import { SIDE_BEARING } from '../../../../app/export/pdf/pixel-spacing';
import { Shaper } from '../../../../app/export/pdf/shaping';
import { loadFonts } from './pdf-tools';

function shaper(): Shaper {
  const doc = new PDFDocument({ autoFirstPage: false, font: null as unknown as string });
  const fonts = loadFonts();
  for (const face of PDF_FONT_FACES) doc.registerFont(face, fonts[face]);
  return new Shaper(doc);
}

/** Unifont Upper's ink of each glyph, in its 64-unit em (fontkit's bbox): narrow ones in a full cell, 𝄞 filling a half cell. */
const INK = { '𝑥': [16, 52, 64], '👧': [16, 44, 64], '💻': [12, 60, 64], '𝄞': [4, 32, 32] } as const;
const thousandths = (units: number) => (units * 1000) / 64;

// Fresh export tester (session 10): "𝑥 ," and "👧 ," printed with a gap before the comma, a full stop touched 💻.
describe('glyphs of the pixel font (Unifont Upper) set with their ink’s width', () => {
  const shaping = shaper();
  it('gives a glyph narrower than its cell its ink plus a side bearing on each side, its ink moved to start after one', () => {
    for (const char of ['𝑥', '👧', '💻'] as const) {
      const [minX, maxX] = INK[char];
      const shaped = shaping.shape(char, 'lastResort');
      expect(shaped.width, char).toBeCloseTo(thousandths(maxX - minX) + 2 * SIDE_BEARING, 6);
      expect(shaped.positions[0]!.xOffset + thousandths(minX), char).toBeCloseTo(SIDE_BEARING, 6);
    }
    // 𝑥 was a whole em wide with a fifth of it blank after the ink.
    expect(shaping.shape('𝑥', 'lastResort').width).toBeLessThan(750);
  });

  it('keeps the advance of a glyph that fills its cell (𝄞: half an em)', () => {
    const shaped = shaping.shape('𝄞', 'lastResort');
    expect(shaped.width).toBe(500);
    expect(shaped.positions[0]!.xOffset).toBe(0);
  });

  it('measures a word of several as the sum of their advances', () => {
    const word = shaping.shape('𝑥👧', 'lastResort');
    expect(word.width).toBeCloseTo(shaping.shape('𝑥', 'lastResort').width + shaping.shape('👧', 'lastResort').width, 6);
  });
});
