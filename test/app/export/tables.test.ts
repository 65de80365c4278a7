import { execFileSync } from 'node:child_process';

import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';

import { counterIds } from '../../../app/briefing/ids';
import { type Briefing, emptyBriefing, type Table } from '../../../app/briefing/model';
import { createPassage } from '../../../app/briefing/passage';
import { briefingToDocx } from '../../../app/export/docx';
import { briefingToOdt } from '../../../app/export/odt';
import { briefingToPdf } from '../../../app/export/pdf';
import { ownTable, tableLetter } from '../briefing/table-fixture';
import { readDocx, textOf } from './docx/read-docx';
import { loadFonts, pageCount, pageText, writePdf } from './pdf/pdf-tools';

/** A paragraph with a user note, a quoted letter table (its note), the own 3×2 table with a header and a user note. */
function tableBriefing(extra: Table[] = []): Briefing {
  const briefing = emptyBriefing();
  const { passage, footnotes } = createPassage(
    tableLetter(),
    { start: { block: 'b3', offset: 0 }, end: { block: 'b3', offset: 48 } },
    counterIds(),
  );
  briefing.body.push(
    {
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Vooraf.' },
        { type: 'footnote-ref', footnote: 'u1' },
      ],
    },
    passage,
    ownTable(),
    ...extra,
  );
  briefing.footnotes.push({ id: 'u1', origin: 'user', text: 'Eerste noot.' }, ...footnotes, {
    id: 'u9',
    origin: 'user',
    text: 'Toegezegd in december.',
  });
  return briefing;
}

/** A table of `rows` body rows under a header row, long enough to run over a page. */
function longTable(rows: number): Table {
  const cell = (text: string) => ({ paragraphs: [{ children: [{ type: 'text' as const, text }] }] });
  return {
    type: 'table',
    header: true,
    rows: [
      { cells: [cell('Kopregel jaar'), cell('Kopregel bedrag')] },
      ...Array.from({ length: rows }, (_, r) => ({
        cells: [cell(`Rij ${r + 1}`), cell(`Bedrag ${r + 1} met een toelichting die over meer dan een regel van de cel doorloopt`)],
      })),
    ],
  };
}

describe('tables in the Word export (issue 19, Tables)', () => {
  let xml: string;
  let notes: string;
  beforeAll(async () => {
    const parts = readDocx(await briefingToDocx(tableBriefing(), { now: new Date('2026-01-09T10:00:00Z') }));
    xml = parts['word/document.xml']!;
    notes = parts['word/footnotes.xml']!;
  });

  it('writes both tables as w:tbl with borders, the own one with w:tblHeader on its first row only', () => {
    const tables = [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map((match) => match[0]);
    expect(tables).toHaveLength(2);
    for (const table of tables) expect(table).toMatch(/<w:tblBorders>.*<w:insideV w:val="single"/s);
    const rows = (table: string) => [...table.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map((match) => match[0]);
    const cells = (row: string) => [...row.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((match) => textOf(match[0]));
    expect(rows(tables[0]!).map(cells)).toEqual([
      ['Land', 'Steun'],
      ['Oekraïne', '€ 3,5 mrd'],
      ['Moldavië', '€ 0,2 mrd'],
    ]);
    expect(tables[0]).not.toContain('w:tblHeader');
    const own = rows(tables[1]!);
    expect(own.map(cells)).toEqual([
      ['Maatregel', 'Bedrag'],
      ['Luchtverdediging', '€ 1 mrd'],
      ['Ontmijning', '€ 0,1 mrd'],
    ]);
    expect(own[0]).toContain('<w:tblHeader/>');
    expect(own.slice(1).join('')).not.toContain('w:tblHeader');
  });

  it('numbers notes in cells as native footnotes in document order', () => {
    const tables = [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map((match) => match[0]);
    // 1: the paragraph's; 2: the letter's note in the quoted table; 3: its citation (in its last cell); 4: the own table's.
    expect(tables[0]).toContain('<w:footnoteReference w:id="2"/>');
    expect(tables[0]).toContain('<w:footnoteReference w:id="3"/>');
    expect(tables[1]).toContain('<w:footnoteReference w:id="4"/>');
    const body = (id: number) => textOf(new RegExp(`<w:footnote w:id="${id}">(.*?)</w:footnote>`, 's').exec(notes)![1]!).trim();
    expect(body(2)).toBe('Kamerstuk 36 045, nr. 215');
    expect(body(4)).toBe('Toegezegd in december.');
  });
});

describe('tables in the ODT export', () => {
  it('writes table:table with the header row in table:table-header-rows and notes in cells', () => {
    const content = strFromU8(unzipSync(briefingToOdt(tableBriefing()))['content.xml']!);
    const tables = [...content.matchAll(/<table:table .*?<\/table:table>/gs)].map((match) => match[0]);
    expect(tables).toHaveLength(2);
    const text = (xml: string) => xml.replace(/<text:note .*?<\/text:note>/gs, '').replace(/<[^>]+>/g, '');
    const cells = (xml: string) => [...xml.matchAll(/<table:table-cell [^>]*>(.*?)<\/table:table-cell>/gs)].map((match) => text(match[1]!));
    expect(cells(tables[0]!)).toEqual(['Land', 'Steun', 'Oekraïne', '€ 3,5 mrd', 'Moldavië', '€ 0,2 mrd']);
    expect(tables[0]).not.toContain('table-header-rows');
    expect(tables[1]).toMatch(
      /<table:table-column table:number-columns-repeated="2"\/><table:table-header-rows><table:table-row>.*Maatregel.*Bedrag.*<\/table:table-row><\/table:table-header-rows><table:table-row>/s,
    );
    expect(cells(tables[1]!)).toEqual(['Maatregel', 'Bedrag', 'Luchtverdediging', '€ 1 mrd', 'Ontmijning', '€ 0,1 mrd']);
    expect(tables[1]).toMatch(
      /Luchtverdediging<text:note [^>]*><text:note-citation>4<\/text:note-citation><text:note-body>.*Toegezegd in december\./s,
    );
    expect(content).toContain(
      'style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/>',
    );
  });
});

describe('tables in the PDF export', () => {
  it('prints the cells, and a table over two pages with its header row on both and its notes at the page foot', async () => {
    const bytes = await briefingToPdf(tableBriefing([longTable(45)]), loadFonts());
    const path = writePdf(bytes, 'tables.pdf');
    expect(pageCount(path)).toBeGreaterThanOrEqual(3);
    const page = (n: number) => execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), path, '-'], { encoding: 'utf8' });
    const first = page(1);
    expect(first).toMatch(/Land\s+Steun/);
    expect(first).toMatch(/Oekraïne\s+€ 3,5 mrd2/);
    expect(first).toMatch(/Maatregel\s+Bedrag/);
    expect(first).toMatch(/Luchtverdediging\s+€ 1 mrd/);
    // The raised 4 stands beside the word; pdftotext reads it before or after it.
    expect(pageText(path, 1)).toMatch(/Bedrag 4 Luchtverdediging €|Luchtverdediging4 €/);
    // The notes at the foot of the page, numbered in order.
    expect(first).toMatch(/^\s*2\s+Kamerstuk 36 045, nr\. 215/m);
    expect(first).toMatch(/^\s*4\s+Toegezegd in december\./m);
    const pages = Array.from({ length: pageCount(path) }, (_, i) => page(i + 1));
    const withLong = pages.filter((text) => /Rij \d+/.test(text));
    expect(withLong.length).toBeGreaterThanOrEqual(2);
    for (const text of withLong) expect(text).toMatch(/Kopregel jaar\s+Kopregel bedrag/);
    // Every row once, in order, over the pages.
    const rows = withLong.flatMap((text) => [...text.matchAll(/Rij (\d+)/g)].map((match) => Number(match[1])));
    expect(rows).toEqual(Array.from({ length: 45 }, (_, i) => i + 1));
    // Cell text wraps inside its column.
    expect(pages.join('\n')).toMatch(/Bedrag 1 met een toelichting die over meer dan/);
  });
});
