import {
  $getSelection,
  $isNodeSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_HIGH,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';

import { $isPassageNode } from '../../nodes/PassageNode';

/** Where a block went: a passage or another block, its new 1-based place among `total` top-level blocks. */
export interface BlockMove {
  passage: boolean;
  place: number;
  total: number;
}

/** The top-level block Alt+↑/↓ acts on: the selected passage, or the block holding the caret. */
function $blockToMove(): LexicalNode | null {
  const selection = $getSelection();
  if ($isNodeSelection(selection)) return selection.getNodes().find($isPassageNode) ?? null;
  if ($isRangeSelection(selection)) return selection.anchor.getNode().getTopLevelElement();
  return null;
}

/**
 * Moves the focused passage or block one place up or down (inside `update`); null when there is
 * nothing to move or it is already first/last. The selection stays on what moved (a NodeSelection
 * holds the passage's key, which a move keeps).
 */
export function $moveBlock(direction: 'up' | 'down'): BlockMove | null {
  const node = $blockToMove();
  if (!node) return null;
  const neighbour = direction === 'up' ? node.getPreviousSibling() : node.getNextSibling();
  if (!neighbour) return null;
  if (direction === 'up') neighbour.insertBefore(node);
  else neighbour.insertAfter(node);
  return { passage: $isPassageNode(node), place: node.getIndexWithinParent() + 1, total: node.getParentOrThrow().getChildrenSize() };
}

/**
 * Alt+↑ / Alt+↓ move the focused passage (a NodeSelection, e.g. reached with Tab) or the block with
 * the caret one place; `moved` is told where it went (to announce it). A moved passage keeps the
 * keyboard focus. Returns the unregister function.
 */
export function registerBlockMove(editor: LexicalEditor, moved: (move: BlockMove) => void): () => void {
  return editor.registerCommand(
    KEY_DOWN_COMMAND,
    (event) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
      if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return false;
      event.preventDefault();
      const selection = $getSelection();
      const passageKey = $isNodeSelection(selection) ? selection.getNodes().find($isPassageNode)?.getKey() : undefined;
      const move = $moveBlock(event.key === 'ArrowUp' ? 'up' : 'down');
      if (!move) return true;
      moved(move);
      if (passageKey) {
        requestAnimationFrame(() => editor.getElementByKey(passageKey)?.querySelector<HTMLElement>('.ed-passage')?.focus());
      }
      return true;
    },
    COMMAND_PRIORITY_HIGH,
  );
}
