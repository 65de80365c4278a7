import { describe, expect, it } from 'vitest';

import { parseBriefingFile, serializeBriefing } from '../../../app/briefing/file-format';
import { fileVersionOf } from '../../../app/briefing/file-version';
import { counterIds } from '../../../app/briefing/ids';
import { type Briefing, emptyBriefing, type Inline, type Passage } from '../../../app/briefing/model';
import { numberNotes } from '../../../app/briefing/notes';
import { createPassage } from '../../../app/briefing/passage';
import { checkQuotes } from '../../../app/briefing/quotes';
import { type GridCell, quotedTableGrid, tableGrid } from '../../../app/briefing/table-grid';
import { cutPassageRange } from '../../../app/briefing/trim-range';
import { richBriefing } from './briefing-fixture';
import { ownTable, tableLetter, withOwnTable } from './table-fixture';

const cellText = (cell: GridCell): string =>
  cell
    .map((paragraph) => paragraph.map((inline: Inline) => (inline.type === 'text' ? inline.text : `[${inline.footnote}]`)).join(''))
    .join('|');

function quoteTable(start = 0, end = 48): { passage: Passage; briefing: Briefing } {
  const letter = tableLetter();
  const { passage, footnotes } = createPassage(
    letter,
    { start: { block: 'b3', offset: start }, end: { block: 'b3', offset: end } },
    counterIds(),
  );
  const briefing = emptyBriefing();
  briefing.body.push(passage);
  briefing.footnotes.push(...footnotes);
  return { passage, briefing };
}

describe('tables in the briefing model (issue 19, Tables)', () => {
  it('a quoted table keeps its cells, verbatim, with its note in the cell its marker ends', () => {
    const { passage } = quoteTable();
    const part = passage.parts[0]!;
    expect(part.text).toBe('Land\tSteun\nOekraïne\t€ 3,5 mrd\nMoldavië\t€ 0,2 mrd');
    expect(part.cells).toHaveLength(3);
    const grid = quotedTableGrid(passage.parts)!;
    expect(grid.columns).toBe(2);
    expect(grid.rows.map((row) => row.map(cellText))).toEqual([
      ['Land', 'Steun'],
      ['Oekraïne', '€ 3,5 mrd[n1]'],
      ['Moldavië', '€ 0,2 mrd'],
    ]);
  });

  it('a quote of part of a table keeps the rows it touches, clipped; a middle cut is marked in its cell', () => {
    const { passage } = quoteTable(11, 48);
    expect(quotedTableGrid(passage.parts)!.rows.map((row) => row.map(cellText))).toEqual([
      ['Oekraïne', '€ 3,5 mrd[n1]'],
      ['Moldavië', '€ 0,2 mrd'],
    ]);
    const cut = cutPassageRange(passage, { blockIndex: 3, offset: 22 }, { blockIndex: 3, offset: 24 }).passage;
    expect(quotedTableGrid(cut.parts)!.rows.map((row) => row.map(cellText))).toEqual([
      ['Oekraïne', '€ […] 5 mrd[n1]'],
      ['Moldavië', '€ 0,2 mrd'],
    ]);
  });

  it('a table quoted before version 3 (no cells) is no grid', () => {
    const { passage } = quoteTable();
    const { cells: _cells, ...old } = passage.parts[0]!;
    expect(quotedTableGrid([old])).toBeNull();
  });

  it('numbers notes in table cells row by row, among the others', () => {
    const briefing = withOwnTable(richBriefing());
    const notes = numberNotes(briefing);
    expect(notes.at(-1)).toMatchObject({ kind: 'user', text: 'Toegezegd in december.', number: notes.length });
    expect(tableGrid(ownTable()).rows.map((row) => row.map(cellText))[1]).toEqual(['Luchtverdediging[u9]', '€ 1 mrd']);
  });

  it('fills a short row with empty cells', () => {
    const table = ownTable();
    table.rows[2]!.cells.pop();
    expect(tableGrid(table).rows[2]!.map(cellText)).toEqual(['Ontmijning', '']);
  });

  it('saves and reopens tables as version 3; without a table the version stays', () => {
    expect(fileVersionOf(richBriefing())).toBe(1);
    const own = withOwnTable(richBriefing());
    const quoted = quoteTable().briefing;
    for (const briefing of [own, quoted]) {
      expect(fileVersionOf(briefing)).toBe(3);
      const text = serializeBriefing(briefing);
      expect(JSON.parse(text).version).toBe(3);
      const back = parseBriefingFile(text).briefing;
      expect(back.body).toEqual(briefing.body);
      expect(serializeBriefing(back)).toBe(text);
    }
  });

  it('checks a quoted table as verbatim, and as changed when its cells were merged in the letter', () => {
    const { briefing } = quoteTable();
    const letter = tableLetter();
    expect(checkQuotes(briefing, () => letter)[0]!.status).toBe('faithful');
    const merged = tableLetter();
    const block = merged.blocks[3]!;
    block.cells = [[{ start: 0, end: 10 }], ...block.cells!.slice(1)];
    expect(checkQuotes(briefing, () => merged)[0]!.status).toBe('changed');
  });

  it('refuses a table without rows or a cell without paragraphs', () => {
    const empty = withOwnTable(richBriefing(), { ...ownTable(), rows: [] });
    expect(() => serializeBriefing(empty)).toThrow(/kan niet worden opgeslagen/);
    const table = ownTable();
    table.rows[0]!.cells[0]!.paragraphs = [];
    expect(() => serializeBriefing(withOwnTable(richBriefing(), table))).toThrow(/kan niet worden opgeslagen/);
  });
});
