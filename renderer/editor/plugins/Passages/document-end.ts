import {
  $getRoot,
  $getSelection,
  $isElementNode,
  $isNodeSelection,
  COMMAND_PRIORITY_HIGH,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
} from 'lexical';

import { $paragraphAfter } from './passage-guard';

/**
 * Puts the caret at the end of the briefing (inside `update`): at the end of the last block when
 * that holds text (a paragraph, heading, list, table), else (a passage) in a new empty paragraph
 * after it. Returns the key of the block the caret is in.
 */
export function $caretToDocumentEnd(): string {
  const last = $getRoot().getLastChild();
  if ($isElementNode(last) && !last.isInline()) {
    last.selectEnd();
    return last.getKey();
  }
  if (last) return $paragraphAfter(last).getKey();
  return $getRoot().selectEnd().anchor.key;
}

/**
 * Ctrl+End (⌘+End) without Shift where the browser cannot move the caret there itself: with a
 * passage selected (a NodeSelection: no caret in the page) or a passage as the last block (no text
 * after it to put the caret in). The caret then goes to the briefing's end (`$caretToDocumentEnd`)
 * and what is typed next lands there; `onMoved` gets the key of the block it is in (to scroll it
 * into view), called inside the update. Anywhere else the browser's own Ctrl+End stays. Returns
 * the unregister function.
 */
export function registerDocumentEnd(editor: LexicalEditor, onMoved: (key: string) => void = () => {}): () => void {
  return editor.registerCommand(
    KEY_DOWN_COMMAND,
    (event) => {
      if (event.key !== 'End' || !(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return false;
      const last = $getRoot().getLastChild();
      if (!$isNodeSelection($getSelection()) && $isElementNode(last)) return false;
      event.preventDefault();
      onMoved($caretToDocumentEnd());
      return true;
    },
    COMMAND_PRIORITY_HIGH,
  );
}
