/**
 * Table rows in layout-preserving extractions (poppler's `pdftotext -layout`, issue 14): a table
 * is printed as lines whose cells stand in columns with wide space gaps between them. Collapsed
 * to single spaces such a row is a short line without end punctuation, which the block
 * classifier would take for a heading; it is kept as a line of text instead (pages.ts marks it,
 * paragraphs.ts makes it a paragraph of its own). A row: cells split at runs of two or more
 * spaces, at least two cells of 30 characters or fewer on average (not justified prose), no cell
 * ending in a comma (a signature printed beside another, `De minister van …,`). A table: two or
 * more such lines in a row, one of them with a gap of four spaces or more, each sharing a column
 * with the line before or after it (a cell starting or ending within two characters of one there). Lines are read after the two-column split (layout-columns.ts).
 */

interface Cell {
  start: number;
  end: number;
}

/** The cells of a line that may be a row, or null (see the module comment). */
const cellsOf = (line: string): Cell[] | null => {
  const cells: Cell[] = [];
  for (const m of line.matchAll(/\S+(?: \S+)*/g)) cells.push({ start: m.index, end: m.index + m[0].length });
  if (cells.length < 2 || cells.some((c) => line.slice(c.start, c.end).endsWith(','))) return null;
  // Prose set with double spaces (justified text) has long stretches between them.
  if (cells.reduce((n, c) => n + c.end - c.start, 0) / cells.length > 30) return null;
  return cells;
};

const near = (a: number, b: number) => Math.abs(a - b) <= 2;

/** Two rows share a column: a cell after the first starts or ends at the same place in both. */
const aligned = (a: Cell[], b: Cell[]): boolean =>
  a.slice(1).some((x) => b.slice(1).some((y) => near(x.start, y.start) || near(x.end, y.end)));

/** Indices of a page's lines that are table rows (see the module comment). */
export const tableRows = (lines: readonly string[]): Set<number> => {
  const cells = lines.map(cellsOf);
  const out = new Set<number>();
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j < lines.length && cells[j]) j++;
    // A run of candidate lines [i, j): a table when two or more lines, one with a wide gap, each sharing a column with a neighbour.
    const run = cells.slice(i, j) as Cell[][];
    const linked = run.every((c, k) => (k > 0 && aligned(run[k - 1]!, c)) || (k + 1 < run.length && aligned(c, run[k + 1]!)));
    if (run.length >= 2 && linked && lines.slice(i, j).some((l) => /\S {4,}\S/.test(l))) for (let k = i; k < j; k++) out.add(k);
    i = Math.max(j, i + 1);
  }
  return out;
};
