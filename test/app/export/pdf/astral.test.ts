import { execFileSync } from 'node:child_process';

import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, it } from 'vitest';

import { emptyBriefing } from '../../../../app/briefing/model';
import { briefingToPdf } from '../../../../app/export/pdf';
import { createCoverage, fontSegments } from '../../../../app/export/pdf/fallback';
import { PDF_FONT_FACES } from '../../../../app/export/pdf/fonts';
import { STYLES } from '../../../../app/export/pdf/styles';
import { loadFonts, pageWords, writePdf } from './pdf-tools';

/**
 * Issue 17, session 7's fresh-eyes finding 2: characters above U+FFFF (𝄞, emoji, mathematical
 * letters) print as themselves from Unifont Upper, one code point each (not two UTF-16 units),
 * and a character no bundled font has (中, 文: CJK is in none of them) draws nothing, keeps its
 * advance and copies back as itself (ActualText).
 */
const LINES = ['Sleutel 𝄞 noot', 'Emoji 😀 en 👍🏽 en 🇳🇱 klaar', 'Wiskunde 𝑥 + 𝑦 = 𝟏 en 𝔸', 'Ontbreekt 中文 hier'];

function coverage() {
  const doc = new PDFDocument({ autoFirstPage: false, font: null as unknown as string });
  const fonts = loadFonts();
  for (const face of PDF_FONT_FACES) doc.registerFont(face, fonts[face]);
  return createCoverage(doc);
}

describe('fontSegments above the BMP', () => {
  const covers = coverage();
  it('sets a character only Unifont Upper has in it, its neighbours in the run’s face', () => {
    expect(fontSegments('a𝄞b', 'regular', covers)).toEqual([
      { text: 'a', font: 'regular' },
      { text: '𝄞', font: 'lastResort' },
      { text: 'b', font: 'regular' },
    ]);
  });

  it('keeps an emoji with its skin tone or joiner together, and DejaVu first where it has the character', () => {
    expect(fontSegments('👍🏽!', 'bold', covers)).toEqual([
      { text: '👍🏽', font: 'lastResort' },
      { text: '!', font: 'bold' },
    ]);
    expect(fontSegments('👩\u200d💻', 'regular', covers)).toEqual([{ text: '👩\u200d💻', font: 'lastResort' }]);
    expect(fontSegments('😀', 'regular', covers)).toEqual([{ text: '😀', font: 'fallback' }]);
  });

  it('sets a flag (a regional-indicator pair) in Unifont Upper, which draws it as its two boxed letters', () => {
    // No bundled face has flag pictures: 🇳🇱 prints as the symbols N and L (each letter in a dotted box) and copies back as 🇳🇱.
    expect(fontSegments('🇳🇱.', 'regular', covers)).toEqual([
      { text: '🇳🇱', font: 'lastResort' },
      { text: '.', font: 'regular' },
    ]);
  });

  it('leaves what no face has in the run’s face', () => {
    expect(fontSegments('中x', 'italic', covers)).toEqual([{ text: '中x', font: 'italic' }]);
  });
});

describe('characters above the BMP in the PDF', () => {
  let path: string;
  let qdf: string;
  beforeAll(async () => {
    const briefing = emptyBriefing();
    briefing.properties.title = 'Astraal';
    briefing.body = LINES.map((text) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, text }] }));
    path = writePdf(await briefingToPdf(briefing, loadFonts()), 'astral.pdf');
    qdf = execFileSync('qpdf', ['--qdf', '--object-streams=disable', path, '-'], { encoding: 'latin1', maxBuffer: 1 << 28 });
  });

  it('gives every line back (pdftotext -raw)', () => {
    const printed = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const line of LINES) expect(printed).toContain(line);
  });

  it('copies a flag back as its pair, drawn with real glyphs (no invisible .notdef, no ActualText)', () => {
    const printed = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
    expect(printed.match(/\u{1F1F3}\u{1F1F1}/gu)).toHaveLength(1);
    expect(qdf).not.toMatch(/ActualText <feffd83cddf3/i);
  });

  it('embeds Unifont Upper beside the other faces', () => {
    const rows = execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(rows.some((row) => /\+UnifontUpper\b/.test(row))).toBe(true);
    for (const row of rows) expect(row.split(/\s+/).slice(-5, -4)[0], row).toBe('yes');
  });

  it('gives 𝄞 its own advance (half an em in Unifont), not a missing glyph’s', () => {
    const clef = pageWords(path, 1).find((word) => word.text === '𝄞');
    expect(clef).toBeDefined();
    expect(clef!.xMax - clef!.xMin).toBeCloseTo(STYLES.body.size / 2, 1);
  });

  it('draws the .notdef glyph only invisibly, inside a span that copies as the missing character', () => {
    const notdefs = [...qdf.matchAll(/^(.*)\n\[<0000>/gm)];
    expect(notdefs.length).toBe(2);
    for (const [, before] of notdefs) expect(before).toBe('3 Tr');
    // (qpdf writes hex strings in lower case)
    expect(qdf).toContain('/Span <</ActualText <feff4e2d>>> BDC');
    expect(qdf).toContain('/Span <</ActualText <feff6587>>> BDC');
  });
});

// Fresh Word tester (session 11): a quoted Word paragraph with a tab and a no-break hyphen (U+2011, set
// in the fallback face): the text after the hyphen was drawn 8 pt back over "hard" and pdftotext read the
// line in two pieces. A tab is a glyph no face has (drawn invisibly); what follows it is placed at the
// advance the line breaking measured, not where the subset's own width of that glyph would put it.
describe('a tab before a character from another face', () => {
  it('keeps the words after both in order, without overlap, on one line', async () => {
    const briefing = emptyBriefing();
    briefing.body = [{ type: 'paragraph', children: [{ type: 'text', text: 'regel twee\tna tab; zacht, hard\u2011koppel.' }] }];
    const path = writePdf(await briefingToPdf(briefing, loadFonts()), 'tab-fallback.pdf');
    const printed = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
    expect(printed).toMatch(/regel twee\s+na tab; zacht, hard\u2011koppel\./);
    const words = pageWords(path, 1).filter((word) => word.yMin < 200);
    expect(words.map((word) => word.text)).toEqual(['regel', 'twee', 'na', 'tab;', 'zacht,', 'hard\u2011koppel.']);
    for (let i = 1; i < words.length; i++) expect(words[i]!.xMin).toBeGreaterThan(words[i - 1]!.xMax);
  });
});
