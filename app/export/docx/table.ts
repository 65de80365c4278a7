import type { Inline } from '../../briefing/model';
import { type GridSpan, headerRowCount, spanOf, type TableGrid } from '../../briefing/table-grid';
import type { BodyContext, ParagraphDraft } from './draft';
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
  /** How many rows from the top are header rows (`w:tblHeader`). */
  headerRows: number;
  /** The cell's merge (a quoted table's merged cells). */
  span: GridSpan;
  /** The table is a quote (indented as the Quote style is). */
  quote: boolean;
}

/** Text width of the page (A4, docx's default 1440-twip margins) and the Quote style's indent, in twips. */
const TEXT_WIDTH = 11906 - 2 * 1440;
const QUOTE_INDENT = 567;
const BORDER = '<w:%s w:val="single" w:color="000000" w:sz="4"/>';
const BORDERS = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => BORDER.replace('%s', side)).join('')}</w:tblBorders>`;
const CELL_MARGINS =
  '<w:tblCellMar><w:top w:type="dxa" w:w="40"/><w:left w:type="dxa" w:w="100"/><w:bottom w:type="dxa" w:w="40"/><w:right w:type="dxa" w:w="100"/></w:tblCellMar>';

const bolded = (inlines: Inline[]): Inline[] => inlines.map((inline) => (inline.type === 'text' ? { ...inline, bold: true } : inline));

/**
 * A table's paragraphs as drafts, each marked with its cell (`cell`), so that comment ranges are
 * placed over them like over any paragraph (placeComments) before `withTables` gathers them into a
 * `w:tbl`. Notes are taken in order, row by row; the header row's words are bold.
 */
export function tableDrafts(grid: TableGrid, table: number, context: BodyContext, quote: boolean): ParagraphDraft[] {
  const headerRows = headerRowCount(grid);
  return grid.rows.flatMap((row, r) =>
    row.flatMap((cell, column) =>
      cell.map((paragraph) => ({
        options: {},
        items: inlineItems(r < headerRows ? bolded(paragraph) : paragraph, context),
        cell: { table, row: r, column, columns: grid.columns, header: grid.header, headerRows, span: spanOf(grid, r, column), quote },
      })),
    ),
  );
}

/**
 * A cell's properties: its width, `w:gridSpan` for a cell over several grid columns (§17.4.17),
 * `w:vMerge` restart on a merged cell and plain `w:vMerge` (continue) on a covered one (§17.4.84).
 */
function cellProperties(span: GridSpan, column: number): string {
  const columns = span.colSpan ?? 1;
  const merge = span.covered ? '<w:vMerge/>' : span.rowSpan ? '<w:vMerge w:val="restart"/>' : '';
  return `<w:tcPr><w:tcW w:type="dxa" w:w="${column * columns}"/>${columns > 1 ? `<w:gridSpan w:val="${columns}"/>` : ''}${merge}</w:tcPr>`;
}

function wordTable(slot: CellSlot, cells: string[][][], spans: GridSpan[][]): string {
  const width = TEXT_WIDTH - (slot.quote ? QUOTE_INDENT : 0);
  const column = Math.floor(width / slot.columns);
  const properties =
    `<w:tblPr><w:tblW w:type="dxa" w:w="${column * slot.columns}"/>` +
    (slot.quote ? `<w:tblInd w:type="dxa" w:w="${QUOTE_INDENT}"/>` : '') +
    `${BORDERS}${CELL_MARGINS}</w:tblPr>`;
  const grid = `<w:tblGrid>${`<w:gridCol w:w="${column}"/>`.repeat(slot.columns)}</w:tblGrid>`;
  const cell = (paragraphs: string[], span: GridSpan = {}) =>
    `<w:tc>${cellProperties(span, column)}${paragraphs.join('') || '<w:p/>'}</w:tc>`;
  // w:tblHeader (ECMA-376 §17.4.49): Word repeats the rows at the top of every page the table runs onto.
  const rows = cells.map(
    (row, r) =>
      `<w:tr>${r < slot.headerRows ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${row.map((paragraphs, c) => cell(paragraphs, spans[r]?.[c])).join('')}</w:tr>`,
  );
  return `<w:tbl>${properties}${grid}${rows.join('')}</w:tbl>`;
}

/**
 * The body's paragraphs with each table's cell paragraphs (consecutive drafts marked with the same
 * `cell.table`) gathered into one Word table (`w:tbl`, ECMA-376 §17.4): thin single borders
 * everywhere, equal columns over the text width, 2 pt / 5 pt cell margins, `w:tblHeader` on the header
 * rows, merged cells as `w:gridSpan`/`w:vMerge`.
 */
export function withTables(drafts: readonly ParagraphDraft[], paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  for (let index = 0; index < drafts.length;) {
    const slot = drafts[index]!.cell;
    if (!slot) {
      out.push(paragraphs[index++]!);
      continue;
    }
    const cells: string[][][] = [];
    const spans: GridSpan[][] = [];
    for (; index < drafts.length && drafts[index]!.cell?.table === slot.table; index++) {
      const { row, column, span } = drafts[index]!.cell!;
      ((cells[row] ??= [])[column] ??= []).push(paragraphs[index]!);
      (spans[row] ??= [])[column] = span;
    }
    out.push(wordTable(slot, cells, spans));
  }
  return out;
}
