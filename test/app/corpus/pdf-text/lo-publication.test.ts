import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { parseExtractedPdf } from '../../../../app/corpus/pdf-text';
import { dutch, extraction, type Variant } from './fixtures';

/**
 * Publications typeset by LibreOffice from .fodt (lo-*.fodt, a tester's generator): their text as
 * poppler (plain, -layout, -nopgbrk) and pdf.js (items joined at their line ends) extracted it.
 * lo-*.notes.json is what the native PDF import reads from the same PDF: every note's text, page
 * and the 20 characters before its reference.
 */
interface Note {
  label: string;
  text: string;
  page: number;
  anchor: string;
  anchorPage: number;
}

const DIR = fileURLToPath(new URL('../../../fixtures/pdf/', import.meta.url));
const notesOf = (name: string): Note[] => (JSON.parse(readFileSync(`${DIR}${name}.notes.json`, 'utf8')) as { notes: Note[] }).notes;

const read = (name: string, variant: Variant) => {
  const parsed = parseExtractedPdf(extraction(name, variant));
  const anchors = new Map<string, { anchor: string; anchorPage: number }>();
  for (const p of parsed.paragraphs)
    for (const n of p.notes)
      anchors.set(n.footnote.slice(2), { anchor: p.text.slice(Math.max(0, n.offset - 20), n.offset), anchorPage: p.page });
  const notes = parsed.footnotes.map((f) => ({ label: f.label, text: f.text, page: f.page, ...anchors.get(f.label) }));
  return { parsed, notes };
};

/** The extractions whose notes are recovered whole: text, page and reference as the native PDF has them. */
const WHOLE: [string, Variant][] = [
  ['lo-brief-a4', 'layout'],
  ['lo-brief-a4', 'pdftotext'],
  ['lo-brief-a5', 'layout'],
  // pdf.js text (items joined at their line ends, a blank line between pages): its blank lines are the page breaks.
  ['lo-brief-a4', 'pdfjs'],
  ['lo-brief-a5', 'pdfjs'],
];

describe('LibreOffice publications as extracted text: notes along their numbering', () => {
  it.each(WHOLE)('%s (%s): every note with its exact text, page and reference; no phantom', (name, variant) => {
    const { parsed, notes } = read(name, variant);
    expect(notes).toEqual(notesOf(name));
    expect(parsed.problems).toEqual([]);
  });

  it('a note read back of its label (poppler plain: bodies, then the labels `1`, `2`) is paired by its number', () => {
    // lo-brief-a4 page 1: `Kamerstuk …`, `Zie ook …`, `3`, `Deze toelichting …`, then `1`, `2`.
    const { notes } = read('lo-brief-a4', 'pdftotext');
    expect(notes.slice(0, 2).map((n) => [n.label, n.text])).toEqual([
      ['1', 'Kamerstuk 36 045, nr. 200.'],
      ['2', 'Zie ook de brief van 14 februari 2025 over de steun aan Oekraïne (Kamerstuk 36 045, nr. 180).'],
    ]);
  });

  it('bodies that cannot be told from the body text stay there, and the empty note is reported', () => {
    // lo-brief-a5 page 1: the body runs on mid-sentence into the note texts, then `1`, `2`.
    const { parsed, notes } = read('lo-brief-a5', 'pdftotext');
    expect(notes.slice(0, 2).map((n) => n.text)).toEqual(['', '']);
    expect(parsed.paragraphs.map((p) => p.text).join('\n')).toContain('Kamerstuk 36 045, nr. 200.');
    expect(dutch(parsed.problems).slice(0, 2)).toEqual([
      'De tekst van voetnoot 1 (pagina 1) is niet gevonden; die kan in de lopende tekst staan.',
      'De tekst van voetnoot 2 (pagina 1) is niet gevonden; die kan in de lopende tekst staan.',
    ]);
  });
});
