import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { parseDocx } from '../../../../app/corpus/docx/parse-docx';
import type { Block } from '../../../../app/corpus/types';
import { makeDocx, p } from './make-docx';

/** Files made by pandoc and LibreOffice from test/fixtures/docx (see make-fixtures.sh there). */
const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../../fixtures/docx/${name}`, import.meta.url))));
const tableOf = (bytes: Uint8Array): Block => parseDocx(bytes, 'brief.docx', 'hash').blocks.find((b) => b.kind === 'table')!;
/** Each row's cells as [text, spans] (spans only where set). */
const cellsOf = (table: Block) =>
  table.cells!.map((row) =>
    row.map(({ start, end, ...spans }) =>
      Object.keys(spans).length ? [table.text.slice(start, end), spans] : table.text.slice(start, end),
    ),
  );

const tc = (text: string, tcPr = '') => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${text ? p(text) : '<w:p/>'}</w:tc>`;
const tr = (cells: string, trPr = '') => `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cells}</w:tr>`;
const letter = (table: string) =>
  makeDocx({ body: p('Geachte voorzitter,') + p('Het overzicht.') + `<w:tbl><w:tblPr/><w:tblGrid/>${table}</w:tbl>` + p('Hoogachtend,') });

describe('parseDocx: header rows and merged cells of a Word table (issues 13/19)', () => {
  it('libreoffice-merged.docx (LibreOffice from HTML): the header row, a cell over two rows and one over two columns', () => {
    const table = tableOf(fixture('libreoffice-merged.docx'));
    expect(table.headerRows).toBe(1);
    // The text is as before (the covered cell stays an empty cell): nothing lost, nothing twice.
    expect(table.text).toBe(
      'Jaar\tSoort\tBedrag\n2025\tMilitair\t3,5 miljard\n\tCiviel\t0,4 miljard\nTotaal over beide jaren\t7,8 miljard',
    );
    expect(cellsOf(table)).toEqual([
      ['Jaar', 'Soort', 'Bedrag'],
      [['2025', { rowSpan: 2 }], 'Militair', '3,5 miljard'],
      [['', { covered: true }], 'Civiel', '0,4 miljard'],
      [['Totaal over beide jaren', { colSpan: 2 }], '7,8 miljard'],
    ]);
  });

  it.each(['pandoc.docx', 'libreoffice-from-pandoc.docx'])('%s: the header row pandoc marks with w:tblHeader', (name) => {
    expect(tableOf(fixture(name)).headerRows).toBe(1);
  });

  it('only w:tblHeader marks a header row: not tblLook firstRow, not w:val="false", not a row below a body row', () => {
    const rows = tr(tc('Jaar') + tc('Bedrag')) + tr(tc('2025') + tc('3,5'));
    const firstRowLook = makeDocx({
      body:
        p('Geachte voorzitter,') +
        `<w:tbl><w:tblPr><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0"/></w:tblPr><w:tblGrid/>${rows}</w:tbl>` +
        p('Hoogachtend,'),
    });
    expect(tableOf(firstRowLook).headerRows).toBeUndefined();
    expect(
      tableOf(letter(tr(tc('Jaar') + tc('Bedrag'), '<w:tblHeader w:val="false"/>') + tr(tc('2025') + tc('3,5')))).headerRows,
    ).toBeUndefined();
    expect(tableOf(letter(tr(tc('Jaar') + tc('Bedrag')) + tr(tc('2025') + tc('3,5'), '<w:tblHeader/>'))).headerRows).toBeUndefined();
    const two = letter(
      tr(tc('Steun') + tc(''), '<w:tblHeader/>') + tr(tc('Jaar') + tc('Bedrag'), '<w:tblHeader w:val="1"/>') + tr(tc('2025') + tc('3,5')),
    );
    expect(tableOf(two).headerRows).toBe(2);
  });

  it('a row deleted as a tracked change (w:trPr/w:del) is left out, as with every change accepted; the letter says it holds changes', () => {
    const deletedRow = tr(
      `<w:tc><w:p><w:del w:id="7" w:author="A" w:date="2025-07-01T10:00:00Z"><w:r><w:delText>Weg</w:delText></w:r></w:del></w:p></w:tc>` +
        `<w:tc><w:p><w:del w:id="8" w:author="A" w:date="2025-07-01T10:00:00Z"><w:r><w:delText>ook weg</w:delText></w:r></w:del></w:p></w:tc>`,
      '<w:del w:id="9" w:author="A" w:date="2025-07-01T10:00:00Z"/>',
    );
    const bytes = letter(tr(tc('Rij 1') + tc('blijft')) + deletedRow + tr(tc('Rij 3') + tc('ook')));
    const table = tableOf(bytes);
    expect(table.text).toBe('Rij 1\tblijft\nRij 3\took');
    expect(cellsOf(table)).toEqual([
      ['Rij 1', 'blijft'],
      ['Rij 3', 'ook'],
    ]);
    expect(parseDocx(bytes, 'brief.docx', 'hash').trackedChanges).toBe(true);
  });

  it('a w:vMerge continue cell that holds text stays a cell of its own; merges go by grid column', () => {
    const table = tableOf(
      letter(
        tr(tc('A', '<w:gridSpan w:val="2"/>') + tc('B', '<w:vMerge w:val="restart"/>')) +
          tr(tc('C') + tc('D') + tc('', '<w:vMerge/>')) +
          tr(tc('E', '<w:gridSpan w:val="2"/>') + tc('F', '<w:vMerge w:val="continue"/>')) +
          tr(tc('G', '<w:vMerge/>') + tc('H') + tc('I')),
      ),
    );
    expect(table.text).toBe('A\tB\nC\tD\t\nE\tF\nG\tH\tI');
    expect(cellsOf(table)).toEqual([
      [
        ['A', { colSpan: 2 }],
        ['B', { rowSpan: 2 }],
      ],
      ['C', 'D', ['', { covered: true }]],
      [['E', { colSpan: 2 }], 'F'],
      ['G', 'H', 'I'],
    ]);
  });
});
