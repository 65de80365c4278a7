import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { parseLetter } from '../../../../app/corpus';
import { detectFormat } from '../../../../app/corpus/detect-format';
import { parseExtractedPdf } from '../../../../app/corpus/pdf-text';
import { PAGEFOOT, PAGEFOOT_LINE } from '../../../fixtures/pdf/make-pagefoot-fixtures';
import { extraction, type Variant } from './fixtures';

/**
 * Letters with short wrapped paragraphs and a running footer without a number, the page number on
 * a line of its own (test/fixtures/pdf/make-pagefoot-fixtures.ts; issue 14, tester finding of
 * session 6): `-nopgbrk` text is PDF text with the footer and page numbers removed, and paragraphs
 * end where a line ending a sentence is clearly short of the width, also without blank lines.
 */
const DIR = fileURLToPath(new URL('../../../fixtures/pdf/', import.meta.url));
const VARIANTS: Variant[] = ['pdftotext', 'layout', 'nopgbrk'];
const expectedParagraphs = (name: string): { text: string; page: number }[] =>
  (JSON.parse(readFileSync(`${DIR}${name}.repeat.json`, 'utf8')) as { paragraphs: { text: string; page: number }[] }).paragraphs;

describe('PDF-extracted text: an unchanging footer beside the page number; short paragraphs', () => {
  it.each(PAGEFOOT.flatMap((name) => VARIANTS.map((v) => [name, v] as const)))(
    '%s (%s): PDF text, every paragraph whole on its page, footer and page numbers removed',
    (name, variant) => {
      const text = extraction(name, variant);
      expect(detectFormat(text)).toBe('pdf');
      const parsed = parseExtractedPdf(text);
      expect(parsed.paragraphs.map((p) => ({ text: p.text, page: p.page }))).toEqual(expectedParagraphs(name));
      expect(parsed.problems).toEqual([]);
    },
  );

  it('the tester’s kind: every wrap before a capitalised word, a footer ending in a full stop, no blank lines between paragraphs', () => {
    const FOOTER = 'Dit is een vaste slotzin onderaan elke pagina.';
    const CLOSING = 'Het kabinet blijft de situatie nauwlettend volgen.';
    const page = (p: number) => [
      ...Array.from({ length: 5 }, (_, k) => [
        `Alinea ${p * 5 + k + 1} beschrijft de stand van zaken rond de steun aan Oekraïne en de inzet van Nederland in`,
        'Europees verband, met aandacht voor de gevolgen voor de begroting.',
      ]).flat(),
      CLOSING,
      '',
      FOOTER,
      String(p + 1),
      '',
    ];
    const nopgbrk = Array.from({ length: 4 }, (_, p) => page(p))
      .flat()
      .join('\n');
    for (const text of [nopgbrk, nopgbrk.replace(/\n\nAlinea/g, '\n\n\fAlinea')]) {
      const letter = parseLetter({ file: 'slotzin.txt', text, hash: 'h' });
      expect(letter.format).toBe('pdf');
      const texts = letter.blocks.map((b) => b.text);
      expect(texts.filter((t) => t.startsWith('Alinea'))).toHaveLength(20);
      expect(texts[0]).toBe(
        'Alinea 1 beschrijft de stand van zaken rond de steun aan Oekraïne en de inzet van Nederland in Europees verband, met aandacht voor de gevolgen voor de begroting.',
      );
      // The closing line is body text that recurs: kept on every page; the footer and the page numbers go.
      expect(texts.filter((t) => t === CLOSING)).toHaveLength(4);
      expect(texts.some((t) => t.includes(FOOTER) || /^\d+$/.test(t))).toBe(false);
      expect(letter.blocks.filter((b) => b.text.startsWith('Alinea 6 ')).map((b) => b.page)).toEqual([2]);
    }
  });

  it('a line that recurs beside a bare number with body text on its other side is not furniture', () => {
    const lines = Array.from({ length: 4 }, (_, p) => [
      `Alinea ${p + 1} beschrijft de stand van zaken rond de steun aan Oekraïne en de inzet van Nederland in`,
      'Europees verband, met aandacht voor de gevolgen voor de begroting en voor de uitvoering.',
      PAGEFOOT_LINE,
      String(p + 1),
      'vervolgt de tekst van de brief met een zin die doorloopt tot het einde van de regel hier',
    ]).flat();
    const parsed = parseExtractedPdf(lines.join('\n'));
    expect(
      parsed.paragraphs
        .map((p) => p.text)
        .join(' ')
        .split(PAGEFOOT_LINE),
    ).toHaveLength(5);
  });
});
