import {
  $deleteTableColumnAtSelection,
  $deleteTableRowAtSelection,
  $findTableNode,
  $insertTableColumnAtSelection,
  $insertTableRowAtSelection,
  $isTableCellNode,
  $isTableRowNode,
  $isTableSelection,
  TableCellHeaderStates,
  type TableNode,
} from '@lexical/table';
import { $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';

/** What the table tools show for the selection: whether it is in a table, and whether that table has a header row. */
export interface TableState {
  inTable: boolean;
  header: boolean;
}

/** The table the selection is in (inside `read`/`update`), or null. */
export function $selectedTable(): TableNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) && !$isTableSelection(selection)) return null;
  return $findTableNode(selection.anchor.getNode());
}

/** Whether every cell of the table's first row has the row header state (as the model's `header`). */
export function $hasHeaderRow(table: TableNode): boolean {
  const first = table.getFirstChild();
  if (!$isTableRowNode(first)) return false;
  const cells = first.getChildren().filter($isTableCellNode);
  return cells.length > 0 && cells.every((cell) => cell.hasHeaderState(TableCellHeaderStates.ROW));
}

/** The table state of the selection (inside `read`). */
export function $tableState(): TableState {
  const table = $selectedTable();
  return { inTable: table !== null, header: table !== null && $hasHeaderRow(table) };
}

/** Makes the first row of the selection's table the header row, or an ordinary row again (inside `update`). */
export function $toggleHeaderRow(): void {
  const table = $selectedTable();
  const first = table?.getFirstChild();
  if (!table || !$isTableRowNode(first)) return;
  const header = !$hasHeaderRow(table);
  for (const cell of first.getChildren().filter($isTableCellNode)) {
    cell.setHeaderStyles(header ? TableCellHeaderStates.ROW : TableCellHeaderStates.NO_STATUS, TableCellHeaderStates.ROW);
  }
}

/** One table action: a row or column added after / removed at the selection, or the header row toggled. */
export type TableAction = 'row-after' | 'column-after' | 'row-remove' | 'column-remove' | 'header';

/**
 * Runs one table action as one editor update, so it is one undo step. Removing the last row or
 * column removes the table (Lexical's own rule).
 */
export function applyTableAction(editor: LexicalEditor, action: TableAction): void {
  editor.update(() => {
    if (!$selectedTable()) return;
    if (action === 'row-after') $insertTableRowAtSelection(true);
    else if (action === 'column-after') $insertTableColumnAtSelection(true);
    else if (action === 'row-remove') $deleteTableRowAtSelection();
    else if (action === 'column-remove') $deleteTableColumnAtSelection();
    else $toggleHeaderRow();
  });
}
