import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { parsePdfLetter } from '../../../app/corpus/pdf-layout/parse-pdf-letter';
import { decodePdf } from '../../../main/corpus/pdf-decode';
import { typeset, withRefs } from '../../app/corpus/pdf-text/fixtures';

const DIR = fileURLToPath(new URL('../../fixtures/pdf/', import.meta.url));
const read = async (name: string) =>
  parsePdfLetter({ file: `${name}.pdf`, hash: 'h' }, await decodePdf(new Uint8Array(readFileSync(`${DIR}${name}.pdf`))));

/** Native PDFs of test/fixtures/pdf/typeset-specs-layout.ts (issue 14: columns, tables). */
describe('native PDF: columns and tables', () => {
  it('two-column-letter: the title above the columns first and a heading, the paragraph across the column break whole', async () => {
    const exp = typeset('two-column-letter');
    const letter = await read('two-column-letter');
    expect(letter.blocks.map((b) => ({ text: withRefs(b), page: b.page }))).toEqual(
      exp.paragraphs.map((p) => ({ text: p.text, page: p.page })),
    );
    expect(letter.blocks[0]!.kind).toBe('heading');
    expect(letter.footnotes.map((f) => ({ label: f.label, text: f.text, page: f.page }))).toEqual(exp.notes);
    expect(letter.warnings).toBeUndefined();
  });

  it('tables: rows and cells by aligned x positions, as the Word reader’s table blocks; a reference in a cell kept', async () => {
    const exp = typeset('tables');
    const letter = await read('tables');
    expect(letter.blocks.map((b) => ({ kind: b.kind, text: withRefs(b), page: b.page }))).toEqual(
      exp.paragraphs.map((p) => ({ kind: p.table ? 'table' : 'paragraph', text: p.text, page: p.page })),
    );
    for (const [i, p] of exp.paragraphs.entries()) {
      if (!p.table) continue;
      const block = letter.blocks[i]!;
      const cells = block.cells!.map((row) => row.map((r) => block.text.slice(r.start, r.end)));
      expect(cells).toEqual(p.table.map((row) => row.map((cell) => cell.replace(/\[\d+\]/g, ''))));
    }
    const table = letter.blocks[1]!;
    expect(table.notes).toEqual([{ footnote: 'fn2', offset: table.text.indexOf('Nederland') + 'Nederland'.length }]);
    expect(letter.footnotes.map((f) => ({ label: f.label, text: f.text, page: f.page }))).toEqual(exp.notes);
    expect(letter.warnings).toBeUndefined();
  });
});
