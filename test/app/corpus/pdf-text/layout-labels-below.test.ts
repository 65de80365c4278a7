import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { parseExtractedPdf } from '../../../../app/corpus/pdf-text';
import { labelsBelowBodies } from '../../../../app/corpus/pdf-text/note-labels-below';
import { extraction } from './fixtures';

/**
 * poppler `-layout` of LibreOffice letters: a page's note label on the line below its body
 * (`Kamerstuk 36 045, nr. 200.`, `1`, blank, `Zie ook …`, `2`). lo-*.notes.json is the native
 * PDF parse of the same PDF (text, page, the 20 characters before the reference).
 */
const DIR = fileURLToPath(new URL('../../../fixtures/pdf/', import.meta.url));
interface Note {
  label: string;
  text: string;
  page: number;
  anchor?: string;
  anchorPage?: number;
}
const notesOf = (name: string): Note[] => (JSON.parse(readFileSync(`${DIR}${name}.notes.json`, 'utf8')) as { notes: Note[] }).notes;

const read = (name: string) => {
  const parsed = parseExtractedPdf(extraction(name, 'layout'));
  const anchors = new Map<string, { anchor: string; anchorPage: number }>();
  for (const p of parsed.paragraphs)
    for (const n of p.notes)
      anchors.set(n.footnote.slice(2), { anchor: p.text.slice(Math.max(0, n.offset - 20), n.offset), anchorPage: p.page });
  return { parsed, notes: parsed.footnotes.map((f) => ({ label: f.label, text: f.text, page: f.page, ...anchors.get(f.label) })) };
};

describe('PDF text (-layout): note labels below their bodies', () => {
  it('lo-aanhangsel page 2: note 4 keeps its own text, note 5 is not empty (was: 4 held 5’s text, 5 warned empty)', () => {
    const { parsed, notes } = read('lo-aanhangsel');
    expect(notes).toEqual(notesOf('lo-aanhangsel'));
    expect(notes[3]!.text).toBe('Zie het antwoord op vraag 3 van de leden Boswijk en Dassen (Aanhangsel Handelingen II 2025/26, nr. 998).');
    expect(notes[4]!.text).toBe('Kamerstuk 36 045, nr. 205, p. 4.');
    expect(parsed.problems).toEqual([]);
  });

  it('lo-brief-b5 page 1: note 1 is `Kamerstuk …`, note 2 `Zie ook …` (was: 1 held 2’s text); all seven as the native PDF', () => {
    const { parsed, notes } = read('lo-brief-b5');
    expect(notes).toEqual(notesOf('lo-brief-b5'));
    expect(parsed.problems).toEqual([]);
  });

  const page = (texts: string[]) => texts.map((text) => ({ text, page: 1 }));

  it("puts each label before its body's first line, the rest of a body below the label", () => {
    const out = labelsBelowBodies(
      page(['Zoals gemeld1 en later.2', '', 'Kamerstuk 36 045, nr. 200.', '1', '', 'Zie ook de brief', '2', '', 'van 14 februari.', '']),
    );
    expect(out?.map((l) => l.text)).toEqual([
      'Zoals gemeld1 en later.2',
      '',
      '1',
      'Kamerstuk 36 045, nr. 200.',
      '',
      '2',
      'Zie ook de brief',
      '',
      'van 14 februari.',
      '',
    ]);
    // Read further: note 2 keeps its rest across the blank line.
    const parsed = parseExtractedPdf(
      ['Zoals gemeld1 en later.2', '', 'Kamerstuk 36 045, nr. 200.', '1', '', 'Zie ook de brief', '2', '', 'van 14 februari.'].join('\n'),
    );
    expect(parsed.footnotes.map((f) => [f.label, f.text])).toEqual([
      ['1', 'Kamerstuk 36 045, nr. 200.'],
      ['2', 'Zie ook de brief van 14 februari.'],
    ]);
  });

  it('leaves a page alone without the references above, with labels out of order, or with a body opening mid-sentence', () => {
    expect(labelsBelowBodies(page(['Geen verwijzing hier.', '', 'Kamerstuk 36 045, nr. 200.', '1']))).toBeNull();
    expect(labelsBelowBodies(page(['Zoals gemeld.1 En later.3', '', 'Kamerstuk 1.', '1', '', 'Zie ook 3.', '3']))).toBeNull();
    expect(labelsBelowBodies(page(['Zoals gemeld.1 Hier.', '', 'en dan een lijst van', '1']))).toBeNull();
    // Labels first (the usual reading order): nothing to do.
    expect(labelsBelowBodies(page(['Zoals gemeld.1 Hier.', '', '1', 'Kamerstuk 36 045, nr. 200.']))).toBeNull();
  });
});
