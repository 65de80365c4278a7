import type { TableGrid } from '../../briefing/table-grid';
import type { NoteCounter } from './footnotes';
import type { Line, Para, PlacedLine, StructParent } from './layout';
import { breakLines, breakParas } from './line-break';
import type { Measure } from './measure';
import { inlineRuns } from './runs';
import { STYLES } from './styles';

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
  const rows = grid.rows.map((row, r) => {
    const headerRow = grid.header && r === 0;
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
    table: { rows, columns: grid.columns, header: grid.header, x: frame.x, width: frame.width },
  };
}

/**
 * The rows of a table paragraph as lines: each cell's paragraphs broken into lines in the cell's
 * width less its padding, stacked; a row as high as its fullest cell plus the padding. The row's
 * `notes` are its cells' notes in order (so the paginator puts them at the foot of the row's page);
 * with a header row, every later row carries it as `repeatHeader`.
 */
export function tableLines(para: Para, measure: Measure): Line[] {
  const spec = para.table!;
  const width = spec.width / spec.columns;
  const columns = Array.from({ length: spec.columns }, (_, c) => ({ x: spec.x + c * width, width }));
  const lines = spec.rows.map((row, r): Line => {
    const cells: PlacedLine[][] = row.map((paragraphs, c) => {
      const column = columns[c]!;
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
      row: { columns, cells, header: spec.header && r === 0 },
    };
  });
  if (spec.header) for (const line of lines.slice(1)) line.repeatHeader = lines[0];
  return lines;
}

/** Every paragraph broken into lines (breakParas), a table into its rows (tableLines). */
export function layOutParas(paras: Para[], measure: Measure): Array<{ para: Para; lines: Line[] }> {
  return paras.map((para) => (para.table ? { para, lines: tableLines(para, measure) } : breakParas([para], measure)[0]!));
}
