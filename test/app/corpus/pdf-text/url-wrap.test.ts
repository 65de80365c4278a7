import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { parseExtractedPdf } from '../../../../app/corpus/pdf-text';
import { joinWrapped } from '../../../../app/corpus/pdf-text/paragraphs';

const DIR = fileURLToPath(new URL('../../../fixtures/pdf/libreoffice/', import.meta.url));

/** A URL wrapped inside itself (issue 14, session 12: url-wrap.ts): joined without a space when the joined token is a URL. */
describe('a URL wrapped at the line end', () => {
  it.each([
    ['/', ['Zie https://www.example.nl/', 'beleid/nota.pdf.'], 'Zie https://www.example.nl/beleid/nota.pdf.'],
    [
      '- inside it',
      ['https://www.example.nl/toekenningen-per-', 'provincie-2026'],
      'https://www.example.nl/toekenningen-per-provincie-2026',
    ],
    ['.', ['www.rijksoverheid.', 'nl/onderwerpen'], 'www.rijksoverheid.nl/onderwerpen'],
    ['_', ['http://data.example.org/export_', 'kwartaal_3.csv'], 'http://data.example.org/export_kwartaal_3.csv'],
    ['?', ['https://zoek.example.nl/zoeken?', 'onderwerp=energie&jaar=2026'], 'https://zoek.example.nl/zoeken?onderwerp=energie&jaar=2026'],
    ['=', ['https://zoek.example.nl/zoeken?onderwerp=', 'energie'], 'https://zoek.example.nl/zoeken?onderwerp=energie'],
    ['&', ['(https://zoek.example.nl/zoeken?a=1&', 'b=2), geraadpleegd'], '(https://zoek.example.nl/zoeken?a=1&b=2), geraadpleegd'],
  ])('at %s', (_, lines, joined) => expect(joinWrapped(lines)).toBe(joined));

  it.each([
    ['a sentence ending after the URL', ['Zie www.example.nl.', 'Het kabinet'], 'Zie www.example.nl. Het kabinet'],
    ['a line ending in a slash that is no URL', ['de minister en/', 'of de staatssecretaris'], 'de minister en/ of de staatssecretaris'],
    ['a URL that ended, a word after it', ['Zie https://www.example.nl', 'beleid'], 'Zie https://www.example.nl beleid'],
    ['the next line no URL characters', ['https://www.example.nl/', '“beleid”'], 'https://www.example.nl/ “beleid”'],
    ['no host', ['https://beleid/', 'nota'], 'https://beleid/ nota'],
  ])('not: %s', (_, lines, joined) => expect(joinWrapped(lines)).toBe(joined));

  it('a real compound and a typographic hyphen outside a URL as before', () => {
    expect(joinWrapped(['de NAVO-', 'luchtruim'])).toBe('de NAVO-luchtruim');
  });

  it.each([
    ['lo-sans-b5', 'pdfjs'],
    ['lo-sans-b5', 'layout'],
    ['lo-sans-a5-onepage', 'pdfjs'],
    ['lo-two-column-b5-sans', 'pdfjs'],
  ])('LibreOffice letter %s (%s text): its notes as the native parse reads them, the wrapped URLs whole', (name, variant) => {
    const truth = JSON.parse(readFileSync(`${DIR}${name}.truth.json`, 'utf8')) as { notes: { label: string; text: string }[] };
    const parsed = parseExtractedPdf(readFileSync(`${DIR}${name}.${variant}.txt`, 'utf8'));
    expect(parsed.footnotes.map((f) => ({ label: f.label, text: f.text }))).toEqual(truth.notes);
    expect(truth.notes.filter((n) => /https?:\/\/\S+ \S/.test(n.text))).toEqual([]);
    expect(parsed.problems).toEqual([]);
  });
});
