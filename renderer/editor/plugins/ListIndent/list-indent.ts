import { $isListItemNode, $isListNode, type ListItemNode } from '@lexical/list';
import { $findMatchingParent } from '@lexical/utils';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_LOW, KEY_TAB_COMMAND, type LexicalEditor } from 'lexical';

import { MAX_LIST_LEVEL } from '../../../../app/briefing/model';

/** The list items (not Lexical's wrapper items around a nested list) the selection touches. */
function $selectedListItems(): ListItemNode[] {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return [];
  const items = new Map<string, ListItemNode>();
  for (const node of selection.getNodes()) {
    const item = $isListItemNode(node) ? node : $findMatchingParent(node, $isListItemNode);
    if ($isListItemNode(item) && !$isListNode(item.getFirstChild())) items.set(item.getKey(), item);
  }
  return [...items.values()];
}

/**
 * Tab indents the selected list items one level (a nested list, as Lexical nests them),
 * Shift+Tab brings them back one level; at most MAX_LIST_LEVEL deep, the levels the briefing model
 * and both exports know. Outside a list Tab keeps its usual meaning (moving the focus on), so the
 * keyboard never gets stuck in the text.
 */
export function registerListIndent(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    KEY_TAB_COMMAND,
    (event) => {
      const items = $selectedListItems();
      if (items.length === 0) return false;
      event.preventDefault();
      for (const item of items) {
        const indent = item.getIndent();
        if (event.shiftKey) {
          if (indent > 0) item.setIndent(indent - 1);
        } else if (indent < MAX_LIST_LEVEL) item.setIndent(indent + 1);
      }
      return true;
    },
    COMMAND_PRIORITY_LOW,
  );
}
