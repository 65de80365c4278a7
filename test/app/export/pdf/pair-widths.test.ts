import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';

import { briefingToPdf } from '../../../../app/export/pdf';
import { PDF_FONT_FACES } from '../../../../app/export/pdf/fonts';
import { PairWidths, type ShapedText } from '../../../../app/export/pdf/pair-widths';
import { Shaper } from '../../../../app/export/pdf/shaping';
import { loadFonts, loadLetters, writePdf } from './pdf-tools';
import { sampleBriefing } from './sample-briefing';

const CORPUS = join(import.meta.dirname, '..', '..', '..', '..', 'assets', 'corpus');

/** The pieces the exporter shapes: every word of the sample letters with the space after it, and without. */
function corpusWords(): string[] {
  const words = new Set<string>();
  for (const file of readdirSync(CORPUS).filter((name) => name.endsWith('.txt'))) {
    const text = readFileSync(join(CORPUS, file), 'utf8').normalize('NFC');
    for (const [chunk] of text.matchAll(/[^ \t\n]*[ \t]|[^ \t\n]+/g)) {
      words.add(chunk);
      words.add(chunk.trimEnd());
    }
  }
  words.delete('');
  return [...words];
}

/** fontkit's shaping (through pdfkit's embedded font) of `text` in `face`, as plain data. */
function plain(shaped: ShapedText) {
  return {
    glyphs: shaped.glyphs.map((glyph) => ({ id: glyph.id, codePoints: [...glyph.codePoints] })),
    positions: shaped.positions.map(({ xAdvance, xOffset, yOffset, advanceWidth }) => ({ xAdvance, xOffset, yOffset, advanceWidth })),
    width: shaped.width,
  };
}

function fontkitShaper() {
  const doc = new PDFDocument({ autoFirstPage: false, font: null as unknown as string });
  const fonts = loadFonts();
  for (const face of PDF_FONT_FACES) doc.registerFont(face, fonts[face]);
  const shaper = new Shaper(doc);
  return (text: string, face: (typeof PDF_FONT_FACES)[number]): ShapedText => {
    const run = shaper.embedded(face).layoutRun(text);
    return { glyphs: run.glyphs, positions: run.positions, width: run.advanceWidth };
  };
}

const TYPOGRAPHIC = ['‘a’', '“b”', '„c”', '– —', '€ 12,50', '½ ≥ № …', 'Zoë', 'financiële', 'AVATAR', 'Tó.', 'ffi fl', 'ij IJ'];

describe('PairWidths: letters and kerning pairs learnt from fontkit', () => {
  it('shapes every word of the sample corpus in every face exactly as fontkit does (glyphs, positions, width)', () => {
    const shape = fontkitShaper();
    const words = [...corpusWords(), ...TYPOGRAPHIC];
    // Unifont Upper (lastResort) has no letter of these words: only characters above U+FFFF reach it.
    for (const face of PDF_FONT_FACES.filter((name) => name !== 'lastResort')) {
      const table = new PairWidths();
      for (const word of words) table.learn(word, shape(word, face));
      let fromTables = 0;
      for (const word of words) {
        const shaped = table.shape(word);
        if (!shaped) continue;
        fromTables++;
        expect(plain(shaped), `${face}: ${word}`).toEqual(plain(shape(word, face)));
      }
      expect(fromTables / words.length, face).toBeGreaterThan(0.9);
    }
  });

  it('never takes a ligature or a moved mark from the tables, and strikes off what was shaped two ways', () => {
    const shape = fontkitShaper();
    const table = new PairWidths();
    // DejaVu Sans joins f and i (liga): one glyph for two letters is not learnt.
    table.learn('fi', shape('fi', 'fallback'));
    expect(table.shape('fi')).toBeUndefined();
    table.learn('q\u0308', shape('q\u0308', 'fallback'));
    expect(table.shape('q\u0308')).toBeUndefined();
    const ab = shape('AV', 'regular');
    table.learn('AV', ab);
    expect(plain(table.shape('AV') as ShapedText)).toEqual(plain(ab));
    const other = plain(ab);
    other.positions[0]!.xAdvance += 1;
    table.learn('AV', other);
    expect(table.shape('AV')).toBeUndefined();
  });

  it('keeps what it learnt through a snapshot (JSON) and refuses a damaged one', () => {
    const shape = fontkitShaper();
    const table = new PairWidths();
    for (const word of ['Kamerstuk ', 'Tweede', 'AVATAR']) table.learn(word, shape(word, 'bold'));
    expect(table.changed).toBe(true);
    const restored = PairWidths.restore(JSON.parse(JSON.stringify(table.snapshot())));
    expect(restored.changed).toBe(false);
    for (const word of ['Kamerstuk ', 'Tweede', 'AVATAR']) expect(restored.shape(word)).toEqual(table.shape(word));
    expect(() => PairWidths.restore({ letters: [65, 'x', 1] as unknown as number[], pairs: [] })).toThrow(TypeError);
    expect(() => PairWidths.restore({ letters: [0x0308, 3, 0], pairs: [] })).toThrow(TypeError);
    expect(() => PairWidths.restore({ letters: [], pairs: [1] })).toThrow(TypeError);
  });

  it('gives the same PDF text and drawing with tables learnt by an earlier export as without', async () => {
    const briefing = sampleBriefing(loadLetters());
    const widths = new Map();
    const first = writePdf(await briefingToPdf(briefing, loadFonts(), { widths }), 'widths-first.pdf');
    expect([...widths.values()].some((table: PairWidths) => table.changed)).toBe(true);
    const second = writePdf(await briefingToPdf(briefing, loadFonts(), { widths }), 'widths-second.pdf');
    const content = (path: string) =>
      execFileSync('qpdf', ['--qdf', '--object-streams=disable', path, '-'], { encoding: 'latin1', maxBuffer: 1 << 28 })
        .split('\n')
        .filter((line) => !/CreationDate|CreateDate|ModDate|^\s*\/ID|\(D:\d/.test(line))
        .join('\n');
    expect(content(second)).toBe(content(first));
  });
});
