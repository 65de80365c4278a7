import type { Inline, PassagePart, Table } from './model';

/** One cell as the editor and the exports show it: its paragraphs, each an array of inlines. */
export type GridCell = Inline[][];

/**
 * A table ready to show or export: every row with `columns` cells (short rows filled with empty
 * cells), `header` when the first row is the header row. Cells are in document order row by row,
 * so walking them meets the footnote references in `numberNotes` order.
 */
export interface TableGrid {
  header: boolean;
  columns: number;
  rows: GridCell[][];
}

const EMPTY_CELL = (): GridCell => [[]];

function padded(rows: GridCell[][], header: boolean): TableGrid {
  const columns = Math.max(1, ...rows.map((row) => row.length));
  return { header, columns, rows: rows.map((row) => [...row, ...Array.from({ length: columns - row.length }, EMPTY_CELL)]) };
}

/** The grid of the user's own table (model `table` block): its cells' paragraphs as they are. */
export function tableGrid(table: Table): TableGrid {
  return padded(
    table.rows.map((row) => row.cells.map((cell) => cell.paragraphs.map((paragraph) => paragraph.children))),
    table.header,
  );
}

interface Range {
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
 * falls inside a cell, " […] " marks it.
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
  return padded(
    rows.map((row) => row.map(() => [content[cursor++]!])),
    false,
  );
}

/**
 * The cells of a letter's table block that `[start, end)` touches, clipped to it (offsets in the
 * block's text), for a quoted part's `cells`; rows it does not touch are left out.
 */
export function quotedCells(cells: ReadonlyArray<ReadonlyArray<Range>>, start: number, end: number): Range[][] {
  const clip = (value: number) => Math.min(Math.max(value, start), end);
  return cells
    .filter((row) => row.some((cell) => cell.end > start && cell.start < end))
    .map((row) => row.map((cell) => ({ start: clip(cell.start), end: clip(cell.end) })));
}
