import { execFileSync } from 'node:child_process';

import { beforeAll, describe, expect, it } from 'vitest';

import { emptyBriefing } from '../../../../app/briefing/model';
import { briefingToPdf } from '../../../../app/export/pdf';
import { paragraphLevels, visualOrder } from '../../../../app/export/pdf/bidi';
import type { Run } from '../../../../app/export/pdf/layout';
import { BREAK_HYPHEN, withSoftHyphens } from '../../../../app/export/pdf/soft-hyphen';
import { loadFonts, pageWords, type Word, writePdf } from './pdf-tools';

/**
 * Issue 17, session 9's fresh tester: right-to-left phrases were drawn in typing order, a soft
 * hyphen where the line broke printed nothing, and an emoji ZWJ sequence printed a stray glyph
 * between its parts and copied back without U+200D.
 */
const run: Run = { text: '', font: 'regular', size: 10, color: '#000' };
const pieces = (text: string) => {
  let at = 0;
  return text.split(/( )/).map((part) => {
    const piece = { run, text: part, width: part.length, at };
    at += part.length;
    return piece;
  });
};
const order = (text: string) =>
  visualOrder(pieces(text), paragraphLevels(text)!, (part) => part.length)
    .map((piece) => piece.text)
    .join('');

describe('visualOrder (UAX #9 L1–L2 over a line’s pieces)', () => {
  it('reverses a right-to-left phrase word by word in a left-to-right line, numbers kept left to right', () => {
    expect(paragraphLevels('Alleen Nederlands')).toBeNull();
    expect(order('De naam שלום עולם staat')).toBe('De naam עולם שלום staat');
    expect(order('Zin met מספר 2026 בתוך en')).toBe('Zin met בתוך 2026 מספר en');
  });

  it('sets a right-to-left paragraph’s words right to left, a number with a Hebrew prefix cut at the level change', () => {
    expect(paragraphLevels('שלום עולם')!.base).toBe(1);
    expect(order('שלום עולם 2026 ו-123')).toBe('123ו- 2026 עולם שלום');
  });
});

describe('withSoftHyphens', () => {
  const width = (text: string) => text.length;
  it('prints a hyphen where the line breaks at a soft hyphen and leaves out every other', () => {
    const row = [
      { run, text: 'Rijks\u00adover', width: 9, at: 0 },
      { run, text: 'heid\u00ad', width: 4, at: 9 },
    ];
    expect(withSoftHyphens(row, true, width).map((piece) => [piece.text, piece.width])).toEqual([
      ['Rijksover', 9],
      [`heid${BREAK_HYPHEN}`, 5],
    ]);
    expect(withSoftHyphens(row, false, width).map((piece) => piece.text)).toEqual(['Rijksover', 'heid']);
  });
});

const HEBREW = 'Gemengd: De naam שלום עולם גדול staat in een zin, en 123 ook.';
const NUMBER = 'Zin met מספר 2026 בתוך עברית en verder.';
const RTL = 'שלום עולם 2026 ו-123 מילים';
const SHY = `Soft hyphen: ${'Rijks\u00adoverheid\u00adorganisatie '.repeat(14).trim()} einde.`;
const JOINED = ['A 👩\u200d💻 B', 'A 👩💻 B', 'C 👨\u200d👩\u200d👧 D'];

describe('right-to-left text, soft hyphens and emoji ZWJ sequences in the PDF', () => {
  let path: string;
  let words: Word[];
  const text = () => execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  /** The words on the line holding `word` (same top), left to right. */
  const lineOf = (word: string) => {
    const found = words.find((w) => w.text === word)!;
    return words.filter((w) => Math.abs(w.yMin - found.yMin) < 1).sort((a, b) => a.xMin - b.xMin);
  };
  beforeAll(async () => {
    const briefing = emptyBriefing();
    briefing.properties.title = 'Schrift';
    briefing.body = [HEBREW, NUMBER, RTL, SHY, ...JOINED].map((t) => ({
      type: 'paragraph' as const,
      children: [{ type: 'text' as const, text: t }],
    }));
    path = writePdf(await briefingToPdf(briefing, loadFonts()), 'script-order.pdf');
    words = pageWords(path, 1);
  });

  it('draws a Hebrew phrase right to left, so pdftotext gives its words in logical order', () => {
    expect(text()).toMatch(/De naam \S* ?שלום עולם גדול\S* ?staat in een zin, en 123 ook\./);
    // Positions (glyphs drawn in visual order: pdftotext's word text is its glyphs left to right).
    const line = lineOf('naam').map((w) => w.text);
    expect(line.slice(3, 6)).toEqual(['לודג', 'םלוע', 'םולש']);
  });

  it('keeps a number inside a Hebrew phrase left to right, at its place in the right-to-left order', () => {
    const line = lineOf('met').map((w) => w.text);
    expect(line.slice(2, 6)).toEqual(['תירבע', 'ךותב', '2026', 'רפסמ']);
  });

  it('sets a right-to-left paragraph flush right, its first word rightmost', () => {
    const line = lineOf('םילימ');
    expect(line.map((w) => w.text)).toEqual(['םילימ', '123-ו', '2026', 'םלוע', 'םולש']);
    expect(line.at(-1)!.xMax).toBeCloseTo(523.28, 0);
  });

  it('prints a hyphen only where a line breaks at a soft hyphen, and copies the words back without soft hyphens', () => {
    const printed = text();
    expect(printed).not.toContain('\u00ad');
    const lines = printed.split('\n').filter((l) => /Rijks|overheid|organisatie/.test(l));
    expect(lines.length).toBeGreaterThan(1);
    const hyphenated = lines.filter((l) => l.endsWith(BREAK_HYPHEN));
    expect(hyphenated.length).toBeGreaterThan(0);
    // Every hyphen printed stands at a line's end; joined there, the text is the paragraph without soft hyphens.
    expect(lines.join('\n').replaceAll(`${BREAK_HYPHEN}\n`, '').split(BREAK_HYPHEN)).toHaveLength(1);
    expect(lines.join('\n').replaceAll(`${BREAK_HYPHEN}\n`, '').replace(/\s+/g, ' ')).toBe(SHY.replaceAll('\u00ad', ''));
    // The printed hyphens stay inside the text column (523.28 pt: the right margin's edge).
    for (const word of words.filter((w) => w.text.endsWith(BREAK_HYPHEN))) expect(word.xMax).toBeLessThanOrEqual(523.29);
  });

  it('prints an emoji ZWJ sequence as its parts side by side and copies it back with its joiners', () => {
    const printed = text();
    expect(printed).toContain('A 👩\u200d💻 B');
    expect(printed).toContain('C 👨\u200d👩\u200d👧 D');
    const joined = words.find((w) => w.text === '👩\u200d💻')!;
    const apart = words.find((w) => w.text === '👩💻')!;
    expect(joined.xMax - joined.xMin).toBeCloseTo(apart.xMax - apart.xMin, 2);
    const family = words.find((w) => w.text === '👨\u200d👩\u200d👧')!;
    expect(family.xMax - family.xMin).toBeCloseTo(((apart.xMax - apart.xMin) * 3) / 2, 1);
  });
});
