import { describe, expect, it } from 'vitest';

import { parseLetter } from '../../../../app/corpus';
import { detectFormat } from '../../../../app/corpus/detect-format';
import { parseExtractedPdf } from '../../../../app/corpus/pdf-text';
import { NOFOOTER } from '../../../fixtures/pdf/make-nofooter-fixtures';
import { extraction, withRefs } from './fixtures';

const nofooter = (name: string) => extraction(name, 'nofooter');
const read = (text: string) => {
  const parsed = parseExtractedPdf(text);
  return {
    paragraphs: parsed.paragraphs.map((p) => ({ text: withRefs(p), page: p.page })),
    notes: parsed.footnotes.map((f) => ({ label: f.label, text: f.text, page: f.page })),
    problems: parsed.problems,
  };
};

/**
 * Issue 14 (b): `pdftotext -nopgbrk` text whose running footers the extractor removed (no form
 * feed, no furniture left; make-nofooter-fixtures.ts) is still PDF text, and reads as the same
 * text with its footers: the two blank lines after each page's foot end the page.
 */
describe('PDF-extracted text without page breaks or footers', () => {
  it.each(NOFOOTER)('%s: read as PDF text, the same paragraphs, notes, pages and problems as with its footers', (name) => {
    expect(detectFormat(nofooter(name))).toBe('pdf');
    expect(read(nofooter(name))).toEqual(read(extraction(name, 'nopgbrk')));
  });

  it('the published answers (short lines, notes in poppler’s label column): all six notes anchored, the questions whole', () => {
    const letter = parseLetter({ file: 'a.txt', text: nofooter('answers-aanhangsel'), hash: 'h' });
    expect(letter.format).toBe('pdf');
    expect(letter.footnotes.map((f) => f.label)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(letter.blocks.flatMap((b) => b.notes.map((n) => n.footnote))).toEqual(['fn1', 'fn2', 'fn3', 'fn4', 'fn5', 'fn6']);
    expect(letter.warnings).toBeUndefined();
  });

  it('text with one paragraph a line stays Word text, also with short lines and blank lines in pairs', () => {
    const qa = Array.from({ length: 6 }, (_, i) => [
      `Vraag ${i + 1}`,
      'Bent u bekend met het bericht over de steun aan Oekraïne?',
      '',
      '',
      'Antwoord',
      'Ja.',
      '',
    ]).flat();
    expect(detectFormat(qa.join('\n'))).toBe('word');
  });
});
