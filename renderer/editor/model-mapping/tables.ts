import { $isListItemNode, $isListNode } from '@lexical/list';
import {
  $createTableCellNode,
  $createTableNode,
  $createTableRowNode,
  $isTableCellNode,
  $isTableRowNode,
  TableCellHeaderStates,
  type TableCellNode,
  type TableNode,
} from '@lexical/table';
import { $createParagraphNode, $isElementNode, type ElementNode } from 'lexical';

import type { BriefingFootnote, Table, TableCell } from '../../../app/briefing/model';
import { tableGrid } from '../../../app/briefing/table-grid';
import { $inlinesOf, $nodesOfInlines, type NoteCollector } from './inlines';

/**
 * The Lexical table of a model table (inside `update`): a TableNode of TableRowNodes of
 * TableCellNodes, each cell's paragraphs as ParagraphNodes; with `header`, the first row's cells
 * carry the row header state (Lexical's `<th>`). Short rows are filled (tableGrid), as Lexical's
 * table commands expect a rectangular table.
 */
export function $nodeOfTable(table: Table, notes: ReadonlyMap<string, BriefingFootnote>): TableNode {
  const grid = tableGrid(table);
  const node = $createTableNode();
  grid.rows.forEach((row, r) => {
    const rowNode = $createTableRowNode();
    for (const cell of row) {
      const state = grid.header && r === 0 ? TableCellHeaderStates.ROW : TableCellHeaderStates.NO_STATUS;
      const cellNode = $createTableCellNode(state);
      for (const paragraph of cell) cellNode.append($createParagraphNode().append(...$nodesOfInlines(paragraph, notes)));
      rowNode.append(cellNode);
    }
    node.append(rowNode);
  });
  return node;
}

/** A cell's paragraphs: each block in it one paragraph of its inlines (a list item or heading pasted into a cell is kept as its words). */
function $cellOf(cell: TableCellNode, notes: NoteCollector): TableCell {
  const paragraphs: TableCell['paragraphs'] = [];
  const add = (element: ElementNode) => paragraphs.push({ children: $inlinesOf(element, notes) });
  for (const child of cell.getChildren()) {
    if ($isListNode(child)) {
      for (const item of child.getChildren()) if ($isListItemNode(item) && !item.getChildren().some($isListNode)) add(item);
    } else if ($isElementNode(child)) add(child);
  }
  if (paragraphs.length === 0) paragraphs.push({ children: [] });
  return { paragraphs };
}

/**
 * The model table of a Lexical TableNode (inside `read`): rows and cells in order (a merged cell,
 * which Dossier does not make, counts once), `header` when every cell of the first row has the
 * row header state.
 */
export function $tableOfNode(node: TableNode, notes: NoteCollector): Table {
  const rowNodes = node.getChildren().filter($isTableRowNode);
  const rows = rowNodes.map((row) => ({
    cells: row
      .getChildren()
      .filter($isTableCellNode)
      .map((cell) => $cellOf(cell, notes)),
  }));
  const firstCells = rowNodes[0]?.getChildren().filter($isTableCellNode) ?? [];
  const header = firstCells.length > 0 && firstCells.every((cell) => cell.hasHeaderState(TableCellHeaderStates.ROW));
  return { type: 'table', header, rows: rows.filter((row) => row.cells.length > 0) };
}
