import { headerRowCount, type TableGrid } from '../../briefing/table-grid';
import type { NoteCounter } from './footnotes';
import type { CellBox, Line, Para, PlacedLine, StructParent } from './layout';
import { breakLines, breakParas } from './line-break';
import type { Measure } from './measure';
import { inlineRuns } from './runs';
import { BODY_BOTTOM, MARGIN, STYLES } from './styles';

/** Cell padding in points: left and right, top and bottom. */
export const CELL_PADDING = { x: 4, y: 3 } as const;

/**
 * A table as one paragraph for the paginator (`Para.table`): each cell's paragraphs in the
 * `tableCell` style (`tableHeader`, bold, in a header row), with their structure Table › TR ›
 * TH/TD › P (under `parents`, a passage's BlockQuote for a quoted table), notes numbered row by
 * row. `x` and `width` are the table's left edge and width in points.
 */
export function tablePara(
  grid: TableGrid,
  key: string,
  parents: StructParent[],
  notes: NoteCounter,
  frame: { x: number; width: number; style: Para['style']; comments?: string[] },
): Para {
  const table = { key, tag: 'Table' };
  const headerRows = headerRowCount(grid);
  const rows = grid.rows.map((row, r) => {
    const headerRow = r < headerRows;
    const tr = { key: `${key}-r${r}`, tag: 'TR' };
    return row.map((cell, c) => {
      const td = { key: `${key}-r${r}-c${c}`, tag: headerRow ? 'TH' : 'TD' };
      const style = headerRow ? 'tableHeader' : 'tableCell';
      return cell.map((paragraph, p): Para => ({
        style,
        tag: 'P',
        parents: [...parents, table, tr, td],
        runs: inlineRuns(paragraph, style, notes),
        // A passage's comments are marked once, at its table's first cell.
        ...(frame.comments && r === 0 && c === 0 && p === 0 ? { comments: frame.comments } : {}),
      }));
    });
  });
  return {
    style: frame.style,
    tag: 'Table',
    parents,
    runs: [],
    table: { rows, columns: grid.columns, headerRows, ...(grid.spans ? { spans: grid.spans } : {}), x: frame.x, width: frame.width },
  };
}

/** The tallest row part that fits on a page under `headerHeight` points of repeated header rows. */
const pageRoom = (headerHeight: number): number => BODY_BOTTOM - MARGIN.top - headerHeight - 1;

/**
 * A row taller than `room` as row parts of at most `room` points, one per page: each cell's lines
 * go, in order, to the first part with room for them (at least one line per part, so it ends);
 * the rules between the parts are left out (`openBottom`/`openTop`), and each part carries the
 * notes of its own lines. A row that fits is returned as it is.
 */
function splitRow(row: Line, room: number): Line[] {
  if (row.height <= room) return [row];
  const box = row.row!;
  const left = box.cells.map((placed) => placed.map(({ line }) => line));
  const parts: Line[] = [];
  while (left.some((lines) => lines.length > 0)) {
    const cells = left.map((lines) => {
      const placed: PlacedLine[] = [];
      let y = CELL_PADDING.y;
      while (lines.length > 0 && (placed.length === 0 || y + lines[0]!.height + CELL_PADDING.y <= room)) {
        const line = lines.shift()!;
        placed.push({ line, y });
        y += line.height;
      }
      return placed;
    });
    const content = Math.max(0, ...cells.map((placed) => placed.reduce((sum, { line }) => sum + line.height, 0)));
    const first = parts.length === 0;
    const last = left.every((lines) => lines.length === 0);
    parts.push({
      ...row,
      height: content + 2 * CELL_PADDING.y,
      notes: cells.flat().flatMap(({ line }) => line.notes),
      first: row.first && first,
      last: row.last && last,
      row: {
        ...box,
        cells,
        columns: box.columns.map((column) => ({
          ...column,
          ...(first ? {} : { openTop: true }),
          ...(last ? {} : { openBottom: true }),
        })),
      },
    });
  }
  return parts;
}

/**
 * The rows of a table paragraph as lines: each cell's paragraphs broken into lines in the cell's
 * width (its `colSpan` columns) less its padding, stacked; a row as high as its fullest cell plus
 * the padding. A merged cell's lines stand in its first row, which grows to hold them; the rows it
 * spans are drawn without the rules between them, and a covered cell is empty. The row's `notes`
 * are its cells' notes in order (so the paginator puts them at the foot of the row's page); with
 * header rows, every later row carries them as `repeatHeader`. A row taller than a page is split
 * into parts, one per page, the cells continuing on the next (splitRow).
 */
export function tableLines(para: Para, measure: Measure): Line[] {
  const spec = para.table!;
  const width = spec.width / spec.columns;
  // Per grid column, how many rows below a merged cell still covers.
  const below: number[] = [];
  const lines = spec.rows.map((row, r): Line => {
    let grid = 0;
    const columns: CellBox[] = [];
    const cells: PlacedLine[][] = row.map((paragraphs, c) => {
      const { colSpan = 1, rowSpan = 1, covered } = spec.spans?.[r]?.[c] ?? {};
      const column: CellBox = { x: spec.x + grid * width, width: colSpan * width };
      below[grid] = covered ? Math.max(0, (below[grid] ?? 0) - 1) : rowSpan - 1;
      if (covered) column.openTop = true;
      if (below[grid]! > 0) column.openBottom = true;
      grid += colSpan;
      columns.push(column);
      const placed: PlacedLine[] = [];
      let y = CELL_PADDING.y;
      for (const cellPara of paragraphs) {
        const leading = STYLES[cellPara.style].leading;
        for (const line of breakLines(cellPara, column.x + CELL_PADDING.x, column.width - 2 * CELL_PADDING.x, leading, measure)) {
          placed.push({ line, y });
          y += line.height;
        }
      }
      return placed;
    });
    const content = Math.max(0, ...cells.map((placed) => placed.reduce((sum, { line }) => sum + line.height, 0)));
    return {
      para,
      fragments: [],
      x: spec.x,
      height: content + 2 * CELL_PADDING.y,
      notes: cells.flat().flatMap(({ line }) => line.notes),
      first: r === 0,
      last: r === spec.rows.length - 1,
      row: { columns, cells, header: r < spec.headerRows },
    };
  });
  const header = lines.slice(0, spec.headerRows);
  const room = pageRoom(header.reduce((sum, line) => sum + line.height, 0));
  return lines.flatMap((line, r) => {
    if (r < spec.headerRows) return [line];
    const parts = splitRow(line, room);
    if (header.length > 0) for (const part of parts) part.repeatHeader = header;
    return parts;
  });
}

/** Every paragraph broken into lines (breakParas), a table into its rows (tableLines). */
export function layOutParas(paras: Para[], measure: Measure): Array<{ para: Para; lines: Line[] }> {
  return paras.map((para) => (para.table ? { para, lines: tableLines(para, measure) } : breakParas([para], measure)[0]!));
}
