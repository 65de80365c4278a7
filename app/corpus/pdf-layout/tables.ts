import { isSalutation } from '../block-kinds';
import { extractSentinels, type RawParagraph } from '../raw-paragraph';
import type { TextRange } from '../types';
import type { LayoutLine } from './lines';

/**
 * Tables in a native PDF (issue 14): consecutive body lines on one page and in one column, each of
 * two or more stretches of text (LayoutLine.cells: split at gaps wider than 1.5 × the font size),
 * whose stretches stand in the same columns: a stretch belongs to a column when its left or its
 * right edge lies within one font size of the column's (left-aligned text, right-aligned numbers),
 * and a line's stretches fall in distinct columns from left to right. At least two such lines and
 * two columns. Not a table: a list (every first stretch a label such as `1.`, `a)`, `•`), a
 * signature set side by side (`De minister van …,`), and anything before the salutation (a
 * letter's reference column, `Datum` | `6 januari 2026`, read as the text rules read it).
 * Known limit: a cell wrapped over two lines is read as two rows.
 */

const LABEL = /^(?:[·•▪◦‣∙●○■–-]|\(?\d{1,3}[.)]|\(?[a-z][.)]|[ivx]{1,4}[.)])$/i;
const SIGNATURE_FUNCTION = /^(?:De |de |Het |het )?(?:minister|staatssecretaris|secretaris-generaal|directeur)/;

interface Column {
  x0: number;
  x1: number;
}

/** The columns of `line`'s stretches among `columns` (indexes, increasing), or null when one fits none. */
const place = (line: LayoutLine, columns: readonly Column[]): number[] | null => {
  const out: number[] = [];
  for (const cell of line.cells) {
    const k = columns.findIndex(
      (c, i) => i > (out[out.length - 1] ?? -1) && (Math.abs(c.x0 - cell.x0) <= line.size || Math.abs(c.x1 - cell.x1) <= line.size),
    );
    if (k < 0) return null;
    out.push(k);
  }
  return out;
};

/** Runs of table rows among body lines (see the module comment), in order. */
export const findTables = (body: readonly LayoutLine[]): LayoutLine[][] => {
  const salutation = body.slice(0, 80).findIndex((l) => isSalutation(l.text));
  const tables: LayoutLine[][] = [];
  let run: LayoutLine[] = [];
  let columns: Column[] = [];
  const close = () => {
    const labels = run.every((l) => LABEL.test(l.cells[0]!.text));
    const signature = run.some((l) => l.cells.some((c) => SIGNATURE_FUNCTION.test(c.text)));
    if (run.length >= 2 && columns.length >= 2 && !labels && !signature) tables.push(run);
    run = [];
    columns = [];
  };
  body.forEach((line, i) => {
    const prev = run[run.length - 1];
    const fits = line.cells.length >= 2 && i > salutation;
    if (!fits || (prev && (prev.page !== line.page || prev.column !== line.column))) close();
    if (!fits) return;
    const at = run.length > 0 ? place(line, columns) : null;
    if (run.length > 0 && at === null) close();
    if (run.length === 0) columns = line.cells.map((c) => ({ x0: c.x0, x1: c.x1 }));
    run.push(line);
  });
  close();
  return tables;
};

/**
 * A table's rows as one `table` paragraph: cells joined by `\t`, rows by `\n`, each cell's range
 * in `cells` and its note anchors kept (the same shape as a Word table, docx/tables.ts).
 */
export const tableParagraph = (rows: readonly LayoutLine[]): RawParagraph => {
  const out: RawParagraph & { cells: TextRange[][] } = { text: '', notes: [], cells: [], kind: 'table', page: rows[0]!.page };
  rows.forEach((row, r) => {
    if (r > 0) out.text += '\n';
    const ranges: TextRange[] = [];
    row.cells.forEach((cell, c) => {
      if (c > 0) out.text += '\t';
      const p = extractSentinels(cell.text);
      const start = out.text.length;
      out.notes.push(...p.notes.map((n) => ({ ...n, offset: n.offset + start })));
      out.text += p.text;
      ranges.push({ start, end: out.text.length });
    });
    out.cells.push(ranges);
  });
  return out;
};
