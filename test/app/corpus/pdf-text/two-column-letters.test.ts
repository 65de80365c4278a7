import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { parseExtractedPdf } from '../../../../app/corpus/pdf-text';

/**
 * Two-column letters typeset by LibreOffice (test/fixtures/pdf/libreoffice: two-column-fodt.ts, make-fixtures.sh,
 * extract.ts), notes under each column or across the page, read from the text poppler (plain, `-nopgbrk`) and pdf.js
 * extract: every note as the native PDF parse reads it (`<name>.truth.json`), and no body text lost or read as a note.
 * Truth's hand corrections, where the native parse was wrong until session 12 (test/main/corpus/pdf-sans.test.ts holds
 * it to them now): lo-two-column-pagewide's note 6 (the page number glued, `… 1`); lo-two-column-b5-sans's body (six
 * references left in the text a word early, `energievoorziening1 in Oekraïne aan ,`).
 */
const DIR = fileURLToPath(new URL('../../../fixtures/pdf/libreoffice/', import.meta.url));

interface Truth {
  notes: { label: string; text: string }[];
  body: string[];
}

const truth = (name: string): Truth => JSON.parse(readFileSync(`${DIR}${name}.truth.json`, 'utf8')) as Truth;
const parse = (name: string, variant: string) => parseExtractedPdf(readFileSync(`${DIR}${name}.${variant}.txt`, 'utf8'));

/** Words of `a` that `b` lacks (as a multiset), hyphens left out (poppler's plain text joins `NAVO-` + `luchtruim`). */
const missing = (a: string, b: string): string[] => {
  const words = (s: string) => s.replace(/-/g, '').split(/\s+/).filter(Boolean);
  const left = new Map<string, number>();
  for (const w of words(b)) left.set(w, (left.get(w) ?? 0) + 1);
  return words(a).filter((w) => {
    const n = left.get(w) ?? 0;
    left.set(w, n - 1);
    return n <= 0;
  });
};

const CASES: [string, string][] = [
  ['lo-two-column-a4', 'pdftotext'],
  ['lo-two-column-a4', 'pdfjs'],
  ['lo-two-column-letter', 'pdftotext'],
  ['lo-two-column-letter', 'nopgbrk'],
  ['lo-two-column-letter', 'pdfjs'],
  ['lo-two-column-a5', 'pdftotext'],
  ['lo-two-column-a5', 'nopgbrk'],
  ['lo-two-column-a5', 'pdfjs'],
  ['lo-two-column-pagewide', 'pdftotext'],
  ['lo-two-column-pagewide', 'nopgbrk'],
  ['lo-two-column-pagewide', 'pdfjs'],
  ['lo-two-column-b5-sans', 'pdfjs'],
  ['lo-two-column-pagewide-long', 'pdfjs'],
];

describe('two-column letters in extracted text: the notes of the native PDF, no body text lost', () => {
  it.each(CASES)('%s (%s): every note exact', (name, variant) => {
    const parsed = parse(name, variant);
    expect(parsed.footnotes.map((f) => ({ label: f.label, text: f.text }))).toEqual(truth(name).notes);
    expect(parsed.problems).toEqual([]);
  });

  it.each(CASES)('%s (%s): the body text whole, no note text in it', (name, variant) => {
    const parsed = parse(name, variant);
    const body = parsed.paragraphs.map((p) => p.text).join('\n');
    const want = truth(name);
    expect(missing(want.body.join('\n'), body)).toEqual([]);
    // No more words than the native body has, but for running headers, the masthead and page numbers (a few dozen).
    expect(missing(body, want.body.join('\n')).length).toBeLessThan(40);
    for (const n of want.notes) expect(body).not.toContain(n.text.slice(0, 40));
  });

  it.each(['pdftotext', 'nopgbrk'])(
    'what cannot be read is said, not hidden: B5 sans-serif in poppler %s text (the signature between the feet) warns of the references left without a note',
    (variant) => {
      const parsed = parse('lo-two-column-b5-sans', variant);
      expect(parsed.problems).toEqual([3, 4, 5, 6].map((number) => ({ key: 'pdf.reference-without-note', params: { number } })));
    },
  );

  it.each(['pdftotext', 'nopgbrk'])(
    'what cannot be read is said, not hidden: notes across the page over three pages in poppler %s text (its reading order mixes the columns)',
    (variant) => {
      const parsed = parse('lo-two-column-pagewide-long', variant);
      const right = truth('lo-two-column-pagewide-long').notes.filter((n) =>
        parsed.footnotes.some((f) => f.label === n.label && f.text === n.text),
      );
      // Every note not read right is in a warning: a note without text or reference, or a reference without a note.
      const said = new Set(parsed.problems.map((p) => Number(p.params?.number)));
      for (const n of truth('lo-two-column-pagewide-long').notes)
        if (!right.some((r) => r.label === n.label)) expect([n.label, said.has(Number(n.label))]).toEqual([n.label, true]);
    },
  );

  it('the second column goes on from the first, not after its notes (letter, plain text: `voorbereidende` + `gesprekken gevoerd`)', () => {
    const text = parse('lo-two-column-letter', 'pdftotext').paragraphs.map((p) => p.text);
    expect(text).toContainEqual(expect.stringContaining('oud-minister Van der Berg de voorbereidende gesprekken gevoerd.'));
  });

  it('a note running on under the next column is joined (A4, pdf.js: note 3 read before and after the second column)', () => {
    const note = parse('lo-two-column-a4', 'pdfjs').footnotes[2]!;
    expect(note.text.endsWith('Tot zover de toelichting op de raming.')).toBe(true);
    expect(note.text).not.toContain('Kamer daarvan op de hoogte');
  });

  it('the signature after the last note stays body text (letter, pdf.js)', () => {
    const parsed = parse('lo-two-column-letter', 'pdfjs');
    expect(parsed.footnotes[5]!.text).toBe('https://www.rijksoverheid.nl/onderwerpen/oekraine');
    expect(parsed.paragraphs.map((p) => p.text)).toContain('De Minister van Buitenlandse Zaken, C.C.J. van Dam');
  });
});
