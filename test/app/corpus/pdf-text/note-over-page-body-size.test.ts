import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { parseExtractedPdf } from '../../../../app/corpus/pdf-text';
import { continuationOf } from '../../../../app/corpus/pdf-text/note-continuation';
import { withRefs } from './fixtures';

/**
 * A note set at body size (pandoc markdown → .docx → LibreOffice PDF, libreoffice/make-fixtures.sh)
 * running over the page: its rest stands on the next page between the body and note 4, as wide as
 * a body line. Expected values are the native PDF parse of lo-body-size-over-page.pdf
 * (`parse --json`): note 3 is the sentence below twelve times and `Einde noot drie.`, on page 1.
 */
const DIR = fileURLToPath(new URL('../../../fixtures/pdf/libreoffice/', import.meta.url));
const SENTENCE =
  'Het bedrag is opgebouwd uit bijdragen van verschillende departementen, waarbij de verdeling is vastgelegd in de Voorjaarsnota.';
const NOTES = [
  ['1', 1, 'Kamerstuk 36 045, nr. 210.'],
  ['2', 1, 'Zie de brief van 2 maart 2026 (Kamerstuk 36 045, nr. 211).'],
  ['3', 1, `${Array(12).fill(SENTENCE).join(' ')} Einde noot drie.`],
  ['4', 2, 'Raad van de Europese Unie, conclusies van 20 januari 2026.'],
];

describe('PDF text: a note at body size running over the page', () => {
  it.each(['pdfjs', 'pdftotext', 'layout'])('lo-body-size-over-page (%s): note 3 joined whole, the body without its rest', (variant) => {
    const parsed = parseExtractedPdf(readFileSync(`${DIR}lo-body-size-over-page.${variant}.txt`, 'utf8'));
    expect(parsed.footnotes.map((f) => [f.label, f.page, f.text])).toEqual(NOTES);
    const body = parsed.paragraphs.map(withRefs);
    expect(body.join('\n')).not.toContain('waarbij de verdeling');
    expect(body.filter((t) => t.endsWith('zorgwekkend blijft.[3]') || t.endsWith('zorgwekkend blijft.[4]'))).toHaveLength(2);
    expect(body.some((t) => t.endsWith('waar mogelijk versneld.'))).toBe(true);
    expect(parsed.problems).toEqual([]);
  });

  const lines = (texts: string[]) => texts.map((text) => ({ text, page: 2 }));
  const OPEN = ['Het bedrag is opgebouwd uit bijdragen van verschillende departementen,'];

  it('takes the lower-case run after a sentence end above the foot, a numbered note following', () => {
    const page = lines([
      'Het kabinet heeft de maatregelen',
      'waar mogelijk versneld.',
      'waarbij de verdeling is vastgelegd.',
      '4 Raad van de Europese Unie.',
    ]);
    expect(continuationOf(page, 0, 3, OPEN, 40, true)).toEqual([2]);
    // An abbreviation's stop (`nr.`) ends no sentence: the lower-case line after it goes on the body's sentence.
    const abbr = lines(['Het kabinet heeft de maatregelen', 'zie Kamerstuk 36 045, nr.', 'waarbij de verdeling is vastgelegd.', '4 Raad.']);
    expect(continuationOf(abbr, 0, 3, OPEN, 40, true)).toEqual([]);
    // A closed note does not continue.
    expect(continuationOf(page, 0, 3, ['Kamerstuk 36 045, nr. 210.'], 40, true)).toEqual([]);
  });

  it('a note broken off on a full line whose rest is not found is reported on the letter', () => {
    const full = 'Het bedrag is opgebouwd uit bijdragen van verschillende departementen,';
    const text = [
      'Hierbij informeer ik uw Kamer over de steun aan Oekraïne.1 Dat is een regel van',
      'gewone lengte zodat de breedte van de tekst vaststaat in deze test.',
      '1 Deze toelichting is lang en loopt door over de paginagrens heen want',
      full,
      '\f',
      'Het kabinet heeft de afgelopen maanden de beleidsvoornemens uitgewerkt',
      'en die worden in 2026 voortgezet en waar mogelijk versneld in het land.',
    ].join('\n');
    const parsed = parseExtractedPdf(text);
    expect(parsed.footnotes.map((f) => f.label)).toEqual(['1']);
    expect(parsed.problems.map((p) => [p.key, p.params])).toEqual([['pdf.note-continuation', { number: 1, page: 2 }]]);
  });
});
