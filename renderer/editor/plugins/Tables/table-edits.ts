import {
  $deleteTableColumnAtSelection,
  $deleteTableRowAtSelection,
  $findTableNode,
  $insertTableColumnAtSelection,
  $insertTableRowAtSelection,
  $isTableCellNode,
  $isTableNode,
  $isTableRowNode,
  $isTableSelection,
  INSERT_TABLE_COMMAND,
  TableCellHeaderStates,
  type TableNode,
  type TableRowNode,
} from '@lexical/table';
import {
  $createParagraphNode,
  $getRoot,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  $setSelection,
  type BaseSelection,
  type LexicalEditor,
  type ParagraphNode,
} from 'lexical';

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

/** The empty top-level paragraph a collapsed selection is in (inside `read`/`update`), or null. */
function $emptyParagraphAtSelection(): ParagraphNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  const top = selection.anchor.getNode().getTopLevelElement();
  return $isParagraphNode(top) && top.getChildrenSize() === 0 ? top : null;
}

/**
 * Inserts a table of `rows` × `columns` (no header row) at `selection` (the end of the briefing
 * when null) as one editor update, so one undo step, and puts the caret in its first cell. When
 * the caret is in an empty paragraph the table takes that paragraph's place, as in Word; a
 * paragraph stays after a table that ends the briefing, so there is somewhere to type after it.
 */
export function insertTable(editor: LexicalEditor, selection: BaseSelection | null, rows: number, columns: number): void {
  editor.update(() => {
    if (selection) $setSelection(selection.clone());
    else $getRoot().selectEnd();
    const empty = $emptyParagraphAtSelection();
    const parent = empty?.getParent();
    const before = new Set(parent?.getChildrenKeys() ?? []);
    editor.dispatchCommand(INSERT_TABLE_COMMAND, { rows: String(rows), columns: String(columns), includeHeaders: false });
    const table = parent?.getChildren().find((node) => $isTableNode(node) && !before.has(node.getKey()));
    if (!empty || !$isTableNode(table)) return;
    // Lexical splits the empty paragraph around the table: drop the empty ones next to it, keeping one to end the briefing.
    for (const side of [table.getPreviousSibling(), table.getNextSibling()]) {
      if ($isParagraphNode(side) && side.getChildrenSize() === 0 && (side.is(empty) || !before.has(side.getKey()))) side.remove();
    }
    if (!table.getNextSibling()) table.insertAfter($createParagraphNode());
    const first = table.getFirstChild<TableRowNode>()?.getFirstChild();
    if ($isTableCellNode(first)) first.selectStart();
  });
}
