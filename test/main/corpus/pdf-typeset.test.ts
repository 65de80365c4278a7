import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { parsePdfLetter } from '../../../app/corpus/pdf-layout/parse-pdf-letter';
import { decodePdf } from '../../../main/corpus/pdf-decode';
import { dutch, typeset, withRefs } from '../../app/corpus/pdf-text/fixtures';

const DIR = fileURLToPath(new URL('../../fixtures/pdf/', import.meta.url));
const read = async (name: string) =>
  parsePdfLetter({ file: `${name}.pdf`, hash: 'h' }, await decodePdf(new Uint8Array(readFileSync(`${DIR}${name}.pdf`))));

/** Native PDFs typeset by hand with pdfkit (test/fixtures/pdf/make-typeset-fixtures.ts). */
describe('native PDF: notes across pages and a checked numbering', () => {
  it('notes-continued: the note that runs over to page 2 joined, the cut paragraph whole, pages kept', async () => {
    const exp = typeset('notes-continued');
    const letter = await read('notes-continued');
    expect(letter.footnotes.map((f) => ({ label: f.label, text: f.text, page: f.page }))).toEqual(exp.notes);
    expect(letter.blocks.map((b) => ({ text: withRefs(b), page: b.page }))).toEqual(
      exp.paragraphs.map((p) => ({ text: p.text, page: p.page })),
    );
    expect(letter.warnings).toBeUndefined();
  });

  it('notes-gap: a missing number and a number printed twice are warnings on the letter; the first note 5 kept', async () => {
    const exp = typeset('notes-gap');
    const letter = await read('notes-gap');
    expect(letter.footnotes.map((f) => ({ label: f.label, text: f.text, page: f.page }))).toEqual(exp.notes);
    expect(letter.blocks.map((b) => withRefs(b))).toEqual(exp.paragraphs.map((p) => p.text));
    expect(dutch(letter.warnings).sort()).toEqual([...exp.problems].sort());
  });

  it('notes-continued: headings by weight, also numbered ones (`1. Inleiding`) the text rules would take for a list item', async () => {
    const exp = typeset('notes-continued');
    const letter = await read('notes-continued');
    expect(letter.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(
      exp.paragraphs.filter((p) => p.heading).map((p) => p.text),
    );
    expect(letter.blocks.find((b) => b.text === '1. Inleiding')!.kind).toBe('heading');
  });

  it('two-column: read column by column (found by the gap between them), notes across the page width after them', async () => {
    const exp = typeset('two-column');
    const letter = await read('two-column');
    expect(letter.blocks.map((b) => ({ text: withRefs(b), page: b.page }))).toEqual(
      exp.paragraphs.map((p) => ({ text: p.text, page: p.page })),
    );
    expect(letter.footnotes.map((f) => ({ label: f.label, text: f.text, page: f.page }))).toEqual(exp.notes);
    expect(letter.warnings).toBeUndefined();
  });
});
