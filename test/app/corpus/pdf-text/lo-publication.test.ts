import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { detectFormat } from '../../../../app/corpus/detect-format';
import { parseExtractedPdf } from '../../../../app/corpus/pdf-text';
import { extraction, type Variant } from './fixtures';

/**
 * Publications typeset by LibreOffice from .fodt (lo-*.fodt, a tester's generator): their text as
 * poppler (plain, -layout, -nopgbrk) and pdf.js (items joined at their line ends) extracted it.
 * lo-brief-b5 is brief-a4 on B5 pages with a seventh note (the same generator). lo-*.notes.json is what the native PDF import reads from the same PDF: every note's text, page
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
  ['lo-brief-a5', 'pdftotext'],
  ['lo-brief-a5', 'nopgbrk'],
  ['lo-brief-a4', 'nopgbrk'],
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

  it("bodies run into by the body text are split off by the numbering and the notes' wider small type", () => {
    // lo-brief-a5 page 1: the body runs on mid-sentence into the note texts, then `1`, `2`. Was: both notes
    // left in the text and reported empty; note 2's first line is longer than a body line (smaller type), note 1's one line
    // follows a body line of body width.
    const { parsed, notes } = read('lo-brief-a5', 'pdftotext');
    expect(notes.slice(0, 2)).toEqual(notesOf('lo-brief-a5').slice(0, 2));
    expect(parsed.paragraphs.map((p) => p.text).join('\n')).not.toContain('Kamerstuk 36 045, nr. 200.');
    expect(parsed.paragraphs.map((p) => p.text).join('\n')).toContain('waar de humanitaire situatie');
    expect(parsed.problems).toEqual([]);
  });

  it('B5 (poppler plain): bodies after the body text, a number ending a note (`punt 7.`) is no reference; note 7 glued to a year is found', () => {
    // lo-brief-b5 page 3: `… 20277; …`, the bodies of 4 and 5, `6`, `…`, `7`, `…`, then `4`, `5`. Was: notes 1, 4–7 wrong or lost;
    // then note 7 reported without a reference (the year 2027 with reference 7 glued to it).
    const { parsed, notes } = read('lo-brief-b5', 'pdftotext');
    expect(notes).toEqual(notesOf('lo-brief-b5'));
    expect(parsed.paragraphs.map((p) => p.text)).toContain('Tot slot: de steun loopt door in 2027; ik houd uw Kamer op de hoogte.');
    expect(parsed.problems).toEqual([]);
  });

  it.each(['lo-brief-a4', 'lo-aanhangsel', 'lo-brief-a5', 'lo-brief-b5'])(
    '%s (-nopgbrk): PDF text by its page numbers at the page feet, its pages as with form feeds',
    (name) => {
      const text = extraction(name, 'nopgbrk');
      expect(detectFormat(text)).toBe('pdf');
      // poppler's plain text is the -nopgbrk text with form feeds: the same notes, pages and paragraphs.
      expect(parseExtractedPdf(text)).toEqual(parseExtractedPdf(extraction(name, 'pdftotext')));
    },
  );

  it('bare numbers closer than a page apart are no page numbers: Word text stays Word text', () => {
    const para = 'Een alinea van een brief die als Word-tekst is gelezen, een alinea per regel. '.repeat(4);
    const paras = [15, 30, 60, 120, 180, 240, 25, 90, 200].map((n) => para.slice(0, n).trim());
    const text = [...paras, '', '1', '', paras[3], '', '2'].join('\n');
    expect(detectFormat(text)).toBe('word');
  });

  it('a two-line footer (`Pagina` / `3`) glued under the last note of a page is furniture, not the end of that note', () => {
    // lo-brief-a5 page 3 (poppler plain): `5`, `Raad van de Europese Unie, … punt 7.`, `Pagina`, ``, `3`.
    const { parsed, notes } = read('lo-brief-a5', 'pdftotext');
    expect(notes.slice(2)).toEqual(notesOf('lo-brief-a5').slice(2));
    expect(parsed.problems.map((p) => p.key)).toEqual([]);
  });
});
