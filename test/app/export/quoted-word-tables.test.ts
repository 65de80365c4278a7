import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';

import { counterIds } from '../../../app/briefing/ids';
import { type Briefing, emptyBriefing } from '../../../app/briefing/model';
import { createPassage } from '../../../app/briefing/passage';
import { parseDocx } from '../../../app/corpus/docx/parse-docx';
import type { Letter } from '../../../app/corpus/types';
import { briefingToDocx } from '../../../app/export/docx';
import { briefingToOdt } from '../../../app/export/odt';
import { briefingToPdf } from '../../../app/export/pdf';
import { makeDocx, p } from '../corpus/docx/make-docx';
import { readDocx, textOf } from './docx/read-docx';
import { loadFonts, pageCount, writePdf } from './pdf/pdf-tools';

/**
 * A Word table quoted into a briefing keeps its header row and merged cells through all three
 * exports (issues 13/19 follow-ups): the letter is libreoffice-merged.docx (LibreOffice from
 * test/fixtures/docx/merged-table.html: a header row, "2025" over two rows, "Totaal …" over two columns).
 */
const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../fixtures/docx/${name}`, import.meta.url))));
const mergedLetter = (): Letter => parseDocx(fixture('libreoffice-merged.docx'), 'overzicht.docx', 'hash');

/** A briefing quoting `[start, end)` of the letter's table block (whole block by default). */
function quoting(letter: Letter, from?: string, to?: string): Briefing {
  const table = letter.blocks.find((block) => block.kind === 'table')!;
  const start = from ? table.text.indexOf(from) : 0;
  const end = to ? table.text.indexOf(to) + to.length : table.text.length;
  const { passage, footnotes } = createPassage(
    letter,
    { start: { block: table.id, offset: start }, end: { block: table.id, offset: end } },
    counterIds(),
  );
  const briefing = emptyBriefing();
  briefing.body.push(passage);
  briefing.footnotes.push(...footnotes);
  return briefing;
}

const passageOf = (briefing: Briefing) => briefing.body.find((block) => block.type === 'passage')!;
const tablesIn = (xml: string, element: string) => [...xml.matchAll(new RegExp(`<${element}[ >].*?</${element}>`, 'gs'))].map((m) => m[0]);

describe('quoting a Word table: header rows and merged cells in the passage', () => {
  it('the whole table: the header row and the spans, as the letter has them', () => {
    const part = passageOf(quoting(mergedLetter())).parts[0]!;
    expect(part.headerRows).toBe(1);
    expect(part.cells!.map((row) => row.map(({ start: _s, end: _e, ...spans }) => spans))).toEqual([
      [{}, {}, {}],
      [{ rowSpan: 2 }, {}, {}],
      [{ covered: true }, {}, {}],
      [{ colSpan: 2 }, {}],
    ]);
  });

  it('rows below the header: no header row; from "Civiel" on: the covered cell is an empty cell of its own', () => {
    expect(passageOf(quoting(mergedLetter(), '2025')).parts[0]!.headerRows).toBeUndefined();
    const part = passageOf(quoting(mergedLetter(), 'Civiel')).parts[0]!;
    expect(part.headerRows).toBeUndefined();
    expect(part.cells!.map((row) => row.map(({ start: _s, end: _e, ...spans }) => spans))).toEqual([
      [{}, {}, {}],
      [{ colSpan: 2 }, {}],
    ]);
  });
});

describe('a quoted Word table in the exports', () => {
  let briefing: Briefing;
  beforeAll(() => {
    briefing = quoting(mergedLetter());
  });

  it('Word: w:tblHeader on the header row, w:vMerge restart/continue and w:gridSpan, every word once', async () => {
    const xml = readDocx(await briefingToDocx(briefing, { now: new Date('2026-01-09T10:00:00Z') }))['word/document.xml']!;
    const [table] = tablesIn(xml, 'w:tbl');
    const rows = tablesIn(table!, 'w:tr');
    const cells = (row: string) => tablesIn(row, 'w:tc');
    expect(rows.map((row) => cells(row).map((cell) => textOf(cell)))).toEqual([
      ['Jaar', 'Soort', 'Bedrag'],
      ['2025', 'Militair', '3,5 miljard'],
      ['', 'Civiel', '0,4 miljard'],
      ['Totaal over beide jaren', expect.stringMatching(/^7,8 miljard/)],
    ]);
    expect(rows[0]).toContain('<w:trPr><w:tblHeader/></w:trPr>');
    expect(rows.slice(1).join('')).not.toContain('w:tblHeader');
    expect(cells(rows[1]!)[0]).toContain('<w:vMerge w:val="restart"/>');
    expect(cells(rows[2]!)[0]).toContain('<w:vMerge/>');
    expect(cells(rows[3]!)[0]).toContain('<w:gridSpan w:val="2"/>');
    expect(table).toContain('<w:tblGrid><w:gridCol');
    expect(tablesIn(table!, 'w:tblGrid')[0]!.match(/<w:gridCol /g)).toHaveLength(3);
  });

  it('ODT: the header row in table:table-header-rows, spans with their covered cells', () => {
    const content = strFromU8(unzipSync(briefingToOdt(briefing))['content.xml']!);
    const [table] = tablesIn(content, 'table:table');
    expect(table).toMatch(
      /<table:table-header-rows><table:table-row>(?:(?!<\/table:table-row>).)*Jaar.*?Bedrag.*?<\/table:table-row><\/table:table-header-rows>/s,
    );
    expect(table).toMatch(/<table:table-cell [^>]*table:number-rows-spanned="2"[^>]*>.*?2025/s);
    expect(table).toMatch(/<table:covered-table-cell>.*?<\/table:covered-table-cell><table:table-cell [^>]*>.*?Civiel/s);
    expect(table).toMatch(
      /table:number-columns-spanned="2"[^>]*>.*?Totaal over beide jaren.*?<\/table:table-cell><table:covered-table-cell\/>/s,
    );
    // Every row fills the three columns, a spanned place with a covered cell.
    for (const row of tablesIn(table!, 'table:table-row')) expect(row.match(/<table:(?:covered-)?table-cell[ >/]/g)).toHaveLength(3);
  });

  it('PDF: each word once, in its row', async () => {
    const path = writePdf(await briefingToPdf(briefing, loadFonts()), 'quoted-word-table.pdf');
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/Jaar\s+Soort\s+Bedrag/);
    expect(text).toMatch(/2025\s+Militair\s+3,5 miljard/);
    expect(text).toMatch(/Totaal over beide jaren\s+7,8 miljard/);
    for (const word of ['2025', 'Civiel', 'Totaal']) expect(text.split(word)).toHaveLength(2);
  });
});

/** A Word letter whose table has a header row and one row holding a cell of `words` numbered words. */
function longCellLetter(words: number): Letter {
  const long = Array.from({ length: words }, (_, i) => `woord${i + 1}`).join(' ');
  const tc = (text: string) => `<w:tc>${p(text)}</w:tc>`;
  const table =
    `<w:tbl><w:tblPr/><w:tblGrid/><w:tr><w:trPr><w:tblHeader/></w:trPr>${tc('Onderwerp')}${tc('Toelichting')}</w:tr>` +
    `<w:tr>${tc('Kort')}${tc('Een korte rij.')}</w:tr><w:tr>${tc('Lang')}${tc(long)}</w:tr><w:tr>${tc('Slot')}${tc('Na de lange rij.')}</w:tr></w:tbl>`;
  return parseDocx(makeDocx({ body: p('Geachte voorzitter,') + p('Het overzicht.') + table + p('Hoogachtend,') }), 'lang.docx', 'hash');
}

describe('PDF: a quoted table row taller than a page', () => {
  it('is split over pages: every word once and in order, the header row on each page, nothing below the page bottom', async () => {
    const words = 1400;
    const path = writePdf(await briefingToPdf(quoting(longCellLetter(words)), loadFonts()), 'long-row.pdf');
    const pages = Array.from({ length: pageCount(path) }, (_, i) =>
      execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), path, '-'], { encoding: 'utf8' }),
    );
    const withWords = pages.filter((page) => /woord\d+/.test(page));
    expect(withWords.length).toBeGreaterThanOrEqual(3);
    for (const page of withWords) expect(page).toMatch(/Onderwerp\s+Toelichting/);
    const seen = withWords.flatMap((page) => [...page.matchAll(/woord(\d+)/g)].map((m) => Number(m[1])));
    expect(seen).toEqual(Array.from({ length: words }, (_, i) => i + 1));
    expect(pages.join('\n')).toMatch(/Slot\s+Na de lange rij\./);
    // Nothing drawn below the bottom margin (72 pt of 842): the words' boxes stay above it.
    const boxes = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' });
    const bottoms = [...boxes.matchAll(/yMax="([\d.]+)">woord/g)].map((m) => Number(m[1]));
    expect(bottoms).toHaveLength(words);
    expect(Math.max(...bottoms)).toBeLessThanOrEqual(841.89 - 72 + 1);
  });
});
