import type { ReactNode } from 'react';

import type { Block, Citation } from '../../app/corpus/types';
import { type InlineContext, InlineText } from './InlineText';

interface Props {
  block: Block;
  citations: readonly Citation[];
  context: InlineContext;
}

/**
 * A table read from a Word file or a native PDF (`Block.cells`), shown as a table. The tab and newline that
 * separate cells and rows in `Block.text` stay in the DOM, hidden, at the end of each cell, so
 * the counted text of the element equals the block's text and selections map to exact offsets
 * (selection-range.ts) across cells.
 */
export function TableBlock({ block, citations, context }: Props) {
  const rows = block.cells ?? [];
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
  return (
    <table className="block-table-grid">
      <tbody>
        {rows.map((row, r) => (
          <tr key={r}>
            {row.map((range, c) => {
              const next = row[c + 1] ?? rows[r + 1]?.[0];
              const separator = next ? block.text.slice(range.end, next.start) : '';
              return (
                <td key={c}>
                  {cell(range.start, range.end)}
                  {separator && <span className="cell-separator">{separator}</span>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
