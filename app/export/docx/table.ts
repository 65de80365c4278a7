import { BorderStyle, type Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';

import type { Inline } from '../../briefing/model';
import type { TableGrid } from '../../briefing/table-grid';
import type { ParagraphDraft } from './draft';
import type { NoteSequence } from './footnotes';
import { inlineItems } from './runs';

/** Where a paragraph draft stands in a table: the drafts of one table are consecutive, row by row, cell by cell. */
export interface CellSlot {
  /** Unique per table in the document. */
  table: number;
  row: number;
  column: number;
  columns: number;
  /** The table's first row is its header row. */
  header: boolean;
  /** The table is a quote (indented as the Quote style is). */
  quote: boolean;
}

/** Text width of the page (A4, docx's default 1440-twip margins) and the Quote style's indent, in twips. */
const TEXT_WIDTH = 11906 - 2 * 1440;
const QUOTE_INDENT = 567;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

const bolded = (inlines: Inline[]): Inline[] => inlines.map((inline) => (inline.type === 'text' ? { ...inline, bold: true } : inline));

/**
 * A table's paragraphs as drafts, each marked with its cell (`cell`), so that comment ranges are
 * placed over them like over any paragraph (placeComments) before `withTables` gathers them into a
 * `w:tbl`. Notes are taken in order, row by row; the header row's words are bold.
 */
export function tableDrafts(grid: TableGrid, table: number, notes: NoteSequence, quote: boolean): ParagraphDraft[] {
  return grid.rows.flatMap((row, r) =>
    row.flatMap((cell, column) =>
      cell.map((paragraph) => ({
        options: {},
        items: inlineItems(grid.header && r === 0 ? bolded(paragraph) : paragraph, notes),
        cell: { table, row: r, column, columns: grid.columns, header: grid.header, quote },
      })),
    ),
  );
}

function wordTable(slot: CellSlot, cells: Paragraph[][][]): Table {
  const width = TEXT_WIDTH - (slot.quote ? QUOTE_INDENT : 0);
  const column = Math.floor(width / slot.columns);
  return new Table({
    width: { size: column * slot.columns, type: WidthType.DXA },
    columnWidths: Array.from({ length: slot.columns }, () => column),
    ...(slot.quote ? { indent: { size: QUOTE_INDENT, type: WidthType.DXA } } : {}),
    margins: { top: 40, bottom: 40, left: 100, right: 100 },
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    rows: cells.map(
      (row, r) =>
        new TableRow({
          // w:tblHeader (ECMA-376 §17.4.49): Word repeats the row at the top of every page the table runs onto.
          ...(slot.header && r === 0 ? { tableHeader: true } : {}),
          children: row.map((paragraphs) => new TableCell({ children: paragraphs, width: { size: column, type: WidthType.DXA } })),
        }),
    ),
  });
}

/**
 * The body's paragraphs with each table's cell paragraphs (consecutive drafts marked with the same
 * `cell.table`) gathered into one Word table (`w:tbl`, ECMA-376 §17.4): thin single borders
 * everywhere, equal columns over the text width, 2 pt / 5 pt cell margins, `w:tblHeader` on a header row.
 */
export function withTables(drafts: readonly ParagraphDraft[], paragraphs: readonly Paragraph[]): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  for (let index = 0; index < drafts.length;) {
    const slot = drafts[index]!.cell;
    if (!slot) {
      out.push(paragraphs[index++]!);
      continue;
    }
    const cells: Paragraph[][][] = [];
    for (; index < drafts.length && drafts[index]!.cell?.table === slot.table; index++) {
      const { row, column } = drafts[index]!.cell!;
      ((cells[row] ??= [])[column] ??= []).push(paragraphs[index]!);
    }
    out.push(wordTable(slot, cells));
  }
  return out;
}
