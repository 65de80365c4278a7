import { isReferenceLabel, isSalutation } from '../block-kinds';
import type { RawParagraph } from '../raw-paragraph';
import type { CellRange } from '../types';
import type { DocItem, DocTable } from './body';

/**
 * Turns the document's items into the paragraphs the block classifier takes. Tables are of
 * three sorts in a letter:
 * - layout tables before the salutation (the reference column: `Datum` | `6 januari 2026`), and in
 *   a paper without a salutation a table at its head (no body paragraph before it) with at least
 *   two cells that begin with a reference column's label (`Datum`, `Betreft`, `Ons kenmerk` …, alone
 *   or above their value): each cell's paragraphs become paragraphs of their own, so the labels and
 *   values are read as the reference column they are;
 * - signature tables (a function line such as `De minister van …,` in a cell): read line by line
 *   across the cells, tab-separated, as text extracted from Word has them, so the classifier
 *   pairs functions and names;
 * - any other table: one `table` block, its text the cells joined by `\t` and rows by `\n`, with
 *   each cell's range in `cells` and the anchors inside it kept, its header rows in `headerRows`
 *   and its merged cells as spans (see `mergeCells`).
 */

const SIGNATURE_FUNCTION = /^(?:De |de |Het |het )?(?:minister|staatssecretaris|secretaris-generaal|directeur)/;
const paragraphOf = ({ type: _type, box: _box, ...p }: RawParagraph & { type?: string; box?: unknown }): RawParagraph => p;

const isSignatureTable = (t: DocTable): boolean =>
  t.rows.length <= 4 &&
  t.rows.every((row) => row.every((cell) => cell.length <= 6 && cell.every((p) => p.notes.length === 0 && p.text.length <= 120))) &&
  t.rows.some((row) => row.some((cell) => SIGNATURE_FUNCTION.test(cell[0]?.text ?? '')));

/** A signature table as tab-separated lines: line k holds the k-th paragraph of every cell. */
const signatureLines = (t: DocTable): RawParagraph[] =>
  t.rows.flatMap((row) => {
    const depth = Math.max(0, ...row.map((cell) => cell.length));
    return Array.from({ length: depth }, (_, k) => ({ text: row.map((cell) => cell[k]?.text ?? '').join('\t'), notes: [] }));
  });

/**
 * Sets the spans of a table's cell ranges from Word's merges: `w:gridSpan` n → `colSpan` n; a
 * `w:vMerge` `continue` cell standing under a merged cell (same grid column) and holding no text
 * is `covered` and the merged cell one row higher (`rowSpan`). A `continue` cell with text, or with
 * no merged cell above it, stays a cell of its own, so no text is ever hidden or shown twice.
 */
const mergeCells = (cells: CellRange[][], merges: DocTable['merges']): void => {
  // Per grid column: the merged cell open there (its range), from the row above.
  let open = new Map<number, CellRange>();
  cells.forEach((row, r) => {
    const next = new Map<number, CellRange>();
    let column = 0;
    row.forEach((cell, c) => {
      const merge = merges[r]?.[c] ?? { gridSpan: 1 };
      if (merge.gridSpan > 1) cell.colSpan = merge.gridSpan;
      const above = open.get(column);
      if (merge.vMerge === 'continue' && above && cell.end === cell.start) {
        cell.covered = true;
        above.rowSpan = (above.rowSpan ?? 1) + 1;
        next.set(column, above);
      } else if (merge.vMerge) next.set(column, cell);
      column += merge.gridSpan;
    });
    open = next;
  });
};

/** One `table` block for a data table, or null when it holds no text. */
const tableBlock = (t: DocTable): RawParagraph | null => {
  const out: Required<Pick<RawParagraph, 'text' | 'notes' | 'links' | 'comments' | 'cells'>> = {
    text: '',
    notes: [],
    links: [],
    comments: [],
    cells: [],
  };
  t.rows.forEach((row, r) => {
    if (r > 0) out.text += '\n';
    const ranges: CellRange[] = [];
    row.forEach((cell, c) => {
      if (c > 0) out.text += '\t';
      const start = out.text.length;
      cell.forEach((p, k) => {
        if (k > 0) out.text += '\n';
        const at = out.text.length;
        out.text += p.text;
        out.notes.push(...p.notes.map((n) => ({ ...n, offset: n.offset + at })));
        out.links.push(...(p.links ?? []).map((l) => ({ ...l, start: l.start + at, end: l.end + at })));
        out.comments.push(...(p.comments ?? []).map((m) => ({ ...m, start: m.start + at, end: m.end + at })));
      });
      ranges.push({ start, end: out.text.length });
    });
    out.cells.push(ranges);
  });
  if (out.text.trim() === '') return null;
  mergeCells(out.cells, t.merges);
  return { ...out, kind: 'table', ...(t.headerRows > 0 ? { headerRows: t.headerRows } : {}) };
};

/** A table whose cells begin with reference column labels (at least two): label | value, or label above value. */
const isReferenceTable = (t: DocTable): boolean => {
  let labels = 0;
  for (const row of t.rows) for (const cell of row) if (cell[0] && isReferenceLabel(cell[0].text.trim()) && ++labels >= 2) return true;
  return false;
};

/** A paragraph that reads as body text: long, or a sentence. */
const isBody = (p: RawParagraph): boolean => p.text.length > 120 || /[.!?]$/.test(p.text.trim());

/**
 * The items with a text box that holds a reference column (at least two paragraphs or cells that
 * begin with its labels) moved to the front: wherever the box is anchored, Word shows it beside the
 * letter's head, and its labels and values are read there. Any other text box stays where it is.
 */
const referenceBoxFirst = (items: DocItem[]): DocItem[] => {
  const boxes = new Map<object, DocItem[]>();
  for (const item of items) if (item.box) boxes.set(item.box, [...(boxes.get(item.box) ?? []), item]);
  const moved = new Set<DocItem>();
  for (const group of boxes.values()) {
    const labels = group.filter((item) => (item.type === 'paragraph' ? isReferenceLabel(item.text.trim()) : isReferenceTable(item))).length;
    if (labels >= 2 || group.some((item) => item.type === 'table' && isReferenceTable(item))) for (const item of group) moved.add(item);
  }
  return moved.size === 0 ? items : [...items.filter((item) => moved.has(item)), ...items.filter((item) => !moved.has(item))];
};

/** The classifier's input from a document's items (see above). */
export const paragraphsOf = (all: DocItem[]): RawParagraph[] => {
  const items = referenceBoxFirst(all);
  const paragraphs = items.filter((i) => i.type === 'paragraph');
  const salutation = paragraphs.slice(0, 20).find((p) => isSalutation(p.text));
  const salutationAt = salutation ? items.indexOf(salutation) : -1;
  // Without a salutation, the head ends at the first paragraph that reads as body text.
  const bodyAt = items.findIndex((item, i) => i >= 12 || (item.type === 'paragraph' && isBody(item)));
  const headEnd = salutationAt >= 0 ? -1 : bodyAt < 0 ? items.length : bodyAt;
  return items.flatMap((item, i): RawParagraph[] => {
    if (item.type === 'paragraph') return [paragraphOf(item)];
    if (i < salutationAt || (i < headEnd && isReferenceTable(item))) return item.rows.flat(2).map(({ kind: _kind, ...p }) => p);
    if (isSignatureTable(item)) return signatureLines(item);
    const block = tableBlock(item);
    return block ? [block] : [];
  });
};
