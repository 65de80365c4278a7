import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { parseExtractedPdf } from '../../../../app/corpus/pdf-text';
import { refSpots } from '../../../../app/corpus/pdf-text/note-starts';
import { extraction } from './fixtures';

const DIR = fileURLToPath(new URL('../../../fixtures/pdf/', import.meta.url));
interface Note {
  label: string;
  text: string;
  page: number;
  anchor: string;
  anchorPage: number;
}

describe('PDF text: a reference glued to the year of a written date', () => {
  it('lo-aanhangsel (pdf.js): `1 januari 20261?` holds reference 1; all five notes as the native PDF has them (was: note 1 missing)', () => {
    const parsed = parseExtractedPdf(extraction('lo-aanhangsel', 'pdfjs'));
    const anchors = new Map<string, { anchor: string; anchorPage: number }>();
    for (const p of parsed.paragraphs)
      for (const n of p.notes)
        anchors.set(n.footnote.slice(2), { anchor: p.text.slice(Math.max(0, n.offset - 20), n.offset), anchorPage: p.page });
    const notes = parsed.footnotes.map((f) => ({ label: f.label, text: f.text, page: f.page, ...anchors.get(f.label) }));
    const native = (JSON.parse(readFileSync(`${DIR}lo-aanhangsel.notes.json`, 'utf8')) as { notes: Note[] }).notes;
    expect(notes).toEqual(native);
    expect(notes[0]!.anchor).toBe('t van 1 januari 2026');
    expect(parsed.problems).toEqual([]);
  });

  it('only after a month name and a four-digit year', () => {
    expect(refSpots('in de krant van 1 januari 20261? Wat', 1, 0, false).map((s) => s.start)).toEqual([30]);
    expect(refSpots('in 2025 is 20261 keer een aanvraag gedaan', 1, 0, false)).toEqual([]);
    expect(refSpots('het bedrag van 1 januari 2026 12 keer', 1, 0, false)).toEqual([]);
  });
});
