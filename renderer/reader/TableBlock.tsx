import type { ReactNode } from 'react';

import type { Block, CellRange, Citation } from '../../app/corpus/types';
import { type InlineContext, InlineText } from './InlineText';

interface Props {
  block: Block;
  citations: readonly Citation[];
  context: InlineContext;
}

/**
 * A table read from a Word file or a native PDF (`Block.cells`), shown as a table: its header rows
 * (`Block.headerRows`) in `thead` as `th scope="col"`, merged cells with their `colSpan`/`rowSpan`
 * (a covered cell is not drawn). The tab and newline that separate cells and rows in `Block.text`
 * stay in the DOM, hidden, at the end of each drawn cell (a covered cell's with the cell before
 * it), so the counted text of the element equals the block's text and selections map to exact
 * offsets (selection-range.ts) across cells.
 */
export function TableBlock({ block, citations, context }: Props) {
  const rows = block.cells ?? [];
  const header = Math.min(block.headerRows ?? 0, rows.length);
  // Where the text after each drawn cell ends: at the next drawn cell, or at the table's end.
  const drawn = rows.flat().filter((range) => !range.covered);
  const until = new Map(drawn.map((range, k) => [range, drawn[k + 1]?.start ?? Math.max(range.end, block.text.length)]));
  const cell = (start: number, end: number): ReactNode => (
    <InlineText
      text={block.text.slice(start, end)}
      anchors={block.notes.filter((n) => n.offset >= start && n.offset <= end).map((n) => ({ ...n, offset: n.offset - start }))}
      citations={citations}
      links={(block.links ?? [])
        .filter((l) => l.start >= start && l.end <= end)
        .map((l) => ({ ...l, start: l.start - start, end: l.end - start }))}
      context={context}
    />
  );
  const row = (cells: CellRange[], r: number) => (
    <tr key={r}>
      {cells.map((range, c) => {
        if (range.covered) return null;
        const separator = block.text.slice(range.end, until.get(range));
        const spans = { ...(range.colSpan ? { colSpan: range.colSpan } : {}), ...(range.rowSpan ? { rowSpan: range.rowSpan } : {}) };
        const content = (
          <>
            {cell(range.start, range.end)}
            {separator && <span className="cell-separator">{separator}</span>}
          </>
        );
        return r < header ? (
          <th key={c} scope="col" {...spans}>
            {content}
          </th>
        ) : (
          <td key={c} {...spans}>
            {content}
          </td>
        );
      })}
    </tr>
  );
  return (
    <table className="block-table-grid">
      {header > 0 && <thead>{rows.slice(0, header).map(row)}</thead>}
      <tbody>{rows.slice(header).map((cells, r) => row(cells, r + header))}</tbody>
    </table>
  );
}
