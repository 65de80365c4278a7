import { $findCellNode, $findTableNode, $insertTableRowAtNode, $isTableCellNode, type TableCellNode } from '@lexical/table';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_CRITICAL, KEY_TAB_COMMAND, type LexicalEditor } from 'lexical';

/**
 * The cell the selection is in when it lies within one table cell (inside `read`/`update`), or
 * null (outside a table, or spanning cells).
 */
function $selectedCell(): TableCellNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const cell = $findCellNode(selection.anchor.getNode());
  return cell && cell.is($findCellNode(selection.focus.getNode())) ? cell : null;
}

/** Whether `cell` is its table's last (`next`) or first (`previous`) cell, in reading order. */
function $isEdgeCell(cell: TableCellNode, direction: 'next' | 'previous'): boolean {
  const table = $findTableNode(cell);
  const edge = direction === 'next' ? table?.getLastDescendant() : table?.getFirstDescendant();
  const edgeCell = edge ? ($isTableCellNode(edge) ? edge : $findCellNode(edge)) : null;
  return edgeCell !== null && edgeCell.is(cell);
}

/**
 * Tab and Shift+Tab at a table's edges, as in Word: Tab in the last cell adds a row below and puts
 * the caret in its first cell (one editor update, so one undo step); Shift+Tab in the first cell
 * keeps the caret there (the browser would move the focus out of the editor). Everywhere else in a
 * table Lexical's own handler (hasTabHandler) moves to the next / previous cell. Runs before it
 * (critical priority); returns the unregister function.
 */
export function registerTableEdgeTab(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    KEY_TAB_COMMAND,
    (event) => {
      const cell = $selectedCell();
      if (!cell || !$isEdgeCell(cell, event.shiftKey ? 'previous' : 'next')) return false;
      event.preventDefault();
      if (event.shiftKey) return true;
      const row = $insertTableRowAtNode(cell, true);
      const first = row?.getFirstChild();
      if ($isTableCellNode(first)) first.selectStart();
      return true;
    },
    COMMAND_PRIORITY_CRITICAL,
  );
}
