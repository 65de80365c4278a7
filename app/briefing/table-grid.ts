import type { Inline, PassagePart, Table } from './model';

/** One cell as the editor and the exports show it: its paragraphs, each an array of inlines. */
export type GridCell = Inline[][];

/**
 * How a cell of a quoted table is merged (the letter's `CellRange` spans): `colSpan` grid columns
 * wide, `rowSpan` rows high (absent: 1); a `covered` cell lies under a merged cell above it, is
 * empty and is not drawn (ODF's covered table cell, Word's `w:vMerge` continue).
 */
export interface GridSpan {
  colSpan?: number;
  rowSpan?: number;
  covered?: true;
}

/**
 * A table ready to show or export: every row filling `columns` grid columns (short rows filled
 * with empty cells; a cell counts `colSpan` columns), `header` when the first row is the header
 * row, `headerRows` (only with `header`; absent: 1) when more rows from the top are. `spans`, when
 * present, gives each cell's merge (same shape as `rows`); without it no cell is merged. Cells are
 * in document order row by row, so walking them meets the footnote references in `numberNotes` order.
 */
export interface TableGrid {
  header: boolean;
  headerRows?: number;
  columns: number;
  rows: GridCell[][];
  spans?: GridSpan[][];
}

/** How many rows from the top of `grid` are header rows (0 without a header). */
export const headerRowCount = (grid: TableGrid): number => (grid.header ? Math.min(grid.headerRows ?? 1, grid.rows.length) : 0);

/** The merge of cell `c` of row `r` (none when the grid has no spans). */
export const spanOf = (grid: TableGrid, r: number, c: number): GridSpan => grid.spans?.[r]?.[c] ?? {};

const EMPTY_CELL = (): GridCell => [[]];

function padded(rows: GridCell[][], header: boolean, spans?: GridSpan[][]): TableGrid {
  const width = (r: number) => (spans?.[r] ?? []).reduce((sum, span) => sum + (span.colSpan ?? 1) - 1, rows[r]!.length);
  const columns = Math.max(1, ...rows.map((_, r) => width(r)));
  const fill = (r: number) => columns - width(r);
  return {
    header,
    columns,
    rows: rows.map((row, r) => [...row, ...Array.from({ length: fill(r) }, EMPTY_CELL)]),
    ...(spans ? { spans: spans.map((row, r) => [...row, ...Array.from({ length: fill(r) }, () => ({}))]) } : {}),
  };
}

/** The grid of the user's own table (model `table` block): its cells' paragraphs as they are. */
export function tableGrid(table: Table): TableGrid {
  return padded(
    table.rows.map((row) => row.cells.map((cell) => cell.paragraphs.map((paragraph) => paragraph.children))),
    table.header,
  );
}

interface Range extends GridSpan {
  start: number;
  end: number;
}

/** Printed inside a cell where the user cut words in the middle of it (as OMISSION_BETWEEN in a paragraph). */
const CUT = ' […] ';

/**
 * The grid of a quoted table: the parts of one letter `table` block (a group of `quoteParagraphs`,
 * the first carrying `cells`, ranges of the source block's text), or null when the parts carry no
 * cells (a table quoted before version 3 stays a paragraph). Each cell holds the quoted words
 * within its range verbatim (runs split at the cell's edges, formats and comments kept); the tab and
 * newline between cells are not printed. A footnote reference goes to the cell its marker ends
 * (offset `o` with `start <= o <= end`), so every reference lands in exactly one cell, in order.
 * Rows the quoted ranges do not touch are left out; cells outside them stay empty; where a cut
 * falls inside a cell, " […] " marks it. The first part's `headerRows` are the header rows and its
 * cells' spans the merged cells (as `quotedCells` left them).
 */
export function quotedTableGrid(parts: readonly PassagePart[]): TableGrid | null {
  const source = parts[0]?.cells;
  if (!source) return null;
  const touches = (cell: Range) =>
    parts.some((part) => (cell.start < part.end && cell.end > part.start) || (cell.start >= part.start && cell.end <= part.end));
  const rows = source.filter((row) => row.some(touches));
  const flat = rows.flat();
  if (flat.length === 0) return null;
  const content: Inline[][] = flat.map(() => []);
  let k = 0;
  const cellAt = (offset: number, text: boolean): number => {
    // Text at `offset` belongs to a cell when offset < end; a note marker when offset <= end.
    while (k < flat.length - 1 && (text ? offset >= flat[k]!.end : offset > flat[k]!.end)) k++;
    return k;
  };
  parts.forEach((part, index) => {
    if (index > 0 && parts[index - 1]!.end > flat[cellAt(part.start, true)]!.start) content[k]!.push({ type: 'text', text: CUT });
    let offset = part.start;
    for (const inline of part.children) {
      if (inline.type === 'footnote-ref') {
        content[cellAt(offset, false)]!.push(inline);
        continue;
      }
      const end = offset + inline.text.length;
      for (let at = offset; at < end;) {
        const cell = flat[cellAt(at, true)]!;
        const from = Math.max(at, cell.start);
        const to = Math.min(end, Math.max(cell.end, from));
        if (to > from) content[k]!.push({ ...inline, text: inline.text.slice(from - offset, to - offset) });
        // Past this cell (a separator, or text no cell holds): on to the next stretch.
        const next = to > at ? to : k < flat.length - 1 ? Math.max(at + 1, flat[k + 1]!.start) : end;
        if (next <= at) break;
        at = next;
      }
      offset = end;
    }
  });
  let cursor = 0;
  const headerRows = Math.min(parts[0]!.headerRows ?? 0, rows.length);
  const merged = flat.some((cell) => cell.colSpan || cell.rowSpan || cell.covered);
  const grid = padded(
    rows.map((row) => row.map(() => [content[cursor++]!])),
    headerRows > 0,
    merged
      ? rows.map((row) =>
          row.map(({ colSpan, rowSpan, covered }) => ({
            ...(colSpan ? { colSpan } : {}),
            ...(rowSpan ? { rowSpan } : {}),
            ...(covered ? { covered } : {}),
          })),
        )
      : undefined,
  );
  return headerRows > 1 ? { ...grid, headerRows } : grid;
}

/**
 * The cells of a letter's table block that `[start, end)` touches, clipped to it (offsets in the
 * block's text), for a quoted part's `cells`; rows it does not touch are left out. Spans are kept
 * within the rows kept: a `rowSpan` is cut at the last row kept, and a covered cell whose merged
 * cell lies in a row left out becomes the (empty) merged cell itself.
 */
export function quotedCells(cells: ReadonlyArray<ReadonlyArray<Range>>, start: number, end: number): Range[][] {
  const clip = (value: number) => Math.min(Math.max(value, start), end);
  const kept = cells.flatMap((row, r) => (row.some((cell) => cell.end > start && cell.start < end) ? [r] : []));
  const last = kept.at(-1) ?? -1;
  const out = kept.map((r) =>
    cells[r]!.map(({ colSpan, rowSpan, covered, ...cell }): Range => {
      const rows = Math.min(rowSpan ?? 1, last - r + 1);
      return {
        start: clip(cell.start),
        end: clip(cell.end),
        ...(colSpan ? { colSpan } : {}),
        ...(rows > 1 ? { rowSpan: rows } : {}),
        ...(covered ? { covered } : {}),
      };
    }),
  );
  // The first row kept has no merged cell above it: its covered cells open the merge themselves.
  const at = (row: Range[] | undefined, column: number): Range | undefined => {
    let x = 0;
    return row?.find((cell) => (x += cell.colSpan ?? 1) > column);
  };
  let column = 0;
  for (const cell of out[0] ?? []) {
    if (cell.covered) {
      delete cell.covered;
      let rows = 1;
      while (at(out[rows], column)?.covered) rows++;
      if (rows > 1) cell.rowSpan = rows;
    }
    column += cell.colSpan ?? 1;
  }
  return out;
}

/**
 * How many of the rows `quotedCells` keeps for `[start, end)` are header rows: those of the
 * letter's `headerRows` from the top that the range touches (the kept rows are consecutive).
 */
export function quotedHeaderRows(cells: ReadonlyArray<ReadonlyArray<Range>>, headerRows: number, start: number, end: number): number {
  let count = 0;
  for (let r = 0; r < Math.min(headerRows, cells.length); r++) if (cells[r]!.some((cell) => cell.end > start && cell.start < end)) count++;
  return count;
}
