import { describe, expect, it } from 'vitest';

import { parsePdfExtraction } from '../../../../app/corpus/pdf-parser';
import { parseExtractedPdf } from '../../../../app/corpus/pdf-text';
import { keepsLineEndHyphen } from '../../../../app/corpus/pdf-text/hyphenation';
import { renderMessage } from '../../../../app/ipc/messages';
import { dutch } from './fixtures';

const FULL = 'Dit is een regel tekst die tot aan de rechterrand van de kolom doorloopt en daar';
const body = (n: number) => Array.from({ length: n }, () => FULL);

describe('line-end hyphens (Dutch spelling and hyphenation patterns)', () => {
  it.each([
    ['beleidsvoor-', 'nemen', false],
    ['onderhandelings-', 'tafel', false],
    ['NAVO-', 'luchtruim', true],
    ['EU-', 'lidstaten', true],
    ['F-16-', 'toestellen', true],
    ['niet-', 'militaire', true],
    ['zee-', 'egel', true],
    ['defensie-', 'industrie', true],
  ])('%s + %s keeps the hyphen: %s', (left, right, keep) => {
    expect(keepsLineEndHyphen(left, right)).toBe(keep);
  });
});

describe('PDF-extracted text: the forms FORMATS.md lists', () => {
  it('reads a glued body (`4Kamerstuk`), a reference standing alone on its line and a footer glued to the next heading', () => {
    const page1 = [
      ...body(3),
      'zo komt de zin na een lange aanloop tot een einde bij de planning van het werk.',
      '1',
      'Daarna gaat het verder met de tekst die ook weer tot aan de rechterrand loopt en',
      'eindigt.',
      '1Kamerstuk 36 045, nr. 12.',
    ];
    const page2 = [
      'Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1Vraag 4',
      ...body(2),
      'en nog een zin met een verwijzing erin.2 Verder in 2025 en in 36 045 geen.',
      '2 Zie de brief van 4 juni 2024.',
      'Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 2',
    ];
    const page3 = [...body(6), 'Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 3'];
    const parsed = parseExtractedPdf([...page1, ...page2, ...page3].join('\n'));
    expect(parsed.footnotes.map((f) => [f.label, f.text, f.page])).toEqual([
      ['1', 'Kamerstuk 36 045, nr. 12.', 1],
      ['2', 'Zie de brief van 4 juni 2024.', 2],
    ]);
    const texts = parsed.paragraphs.map((p) => p.text);
    expect(texts).toContain('Vraag 4');
    expect(texts.some((t) => t.includes('vergaderjaar'))).toBe(false);
    const first = parsed.paragraphs.find((p) => p.notes.some((n) => n.footnote === 'fn1'))!;
    expect(first.text.slice(0, first.notes[0]!.offset)).toMatch(/planning van het werk\.$/);
    expect(first.text).toMatch(/werk\. Daarna gaat het verder met de tekst die ook weer tot aan de rechterrand loopt en eindigt\.$/);
    expect(parsed.problems).toEqual([]);
  });

  it('reports a gap in the numbering instead of guessing', () => {
    const lines = [...body(3), 'de eerste verwijzing staat hier.1 En de tweede hier.3', '', '1 Eerste noot.', '3 Derde noot.'];
    const parsed = parseExtractedPdf(lines.join('\n'));
    expect(parsed.footnotes.map((f) => f.label)).toEqual(['1', '3']);
    expect(dutch(parsed.problems)).toEqual(['Voetnoot 2 ontbreekt in de nummering.']);
    // Keyed data, rendered in the interface language where it is shown (issue 14 e).
    expect(parsed.problems).toEqual([{ key: 'pdf.note-missing', params: { number: 2 } }]);
    expect(renderMessage(parsed.problems[0]!, 'en')).toBe('Footnote 2 is missing from the numbering.');
  });

  it('takes no year, dossier number or wrapped number for a note', () => {
    const lines = [
      ...body(2),
      'Sinds 2022 is in dossier 36 045 en op 1',
      'september veel gebeurd, met EUR 11,7 mld. aan steun.',
      ...body(2),
    ];
    const parsed = parseExtractedPdf(lines.join('\n'));
    expect(parsed.footnotes).toEqual([]);
    expect(parsed.paragraphs.flatMap((p) => p.notes)).toEqual([]);
  });

  it('sends the sample layout (lines ending in a space) to the sample parser', () => {
    const lines = Array.from({ length: 6 }, (_, i) => `Regel ${i} van een lange alinea die netjes is afgebroken op de rand `);
    expect(parsePdfExtraction(lines.join('\n')).paragraphs).toHaveLength(1);
  });
});
