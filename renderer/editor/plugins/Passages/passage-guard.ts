import { $insertDataTransferForRichText } from '@lexical/clipboard';
import { mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getNearestNodeFromDOMNode,
  $getRoot,
  $getSelection,
  $isDecoratorNode,
  $isElementNode,
  $isNodeSelection,
  $setSelection,
  COMMAND_PRIORITY_CRITICAL,
  COMMAND_PRIORITY_NORMAL,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  DROP_COMMAND,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
  type LexicalNode,
  type ParagraphNode,
  PASTE_COMMAND,
} from 'lexical';

import { $isPassageNode, type PassageNode } from '../../nodes/PassageNode';

/** What the guard tells the user (both visible and announced by the caller). */
export interface PassageGuardMessages {
  /** Typing on a selected passage was refused: quotes are verbatim. */
  refused(): void;
  /** Selected passages were removed as one undoable step. */
  removed(count: number): void;
}

/** The passages of a NodeSelection (a passage clicked once), or none. */
export function $selectedPassages(): PassageNode[] {
  const selection = $getSelection();
  return $isNodeSelection(selection) ? selection.getNodes().filter($isPassageNode) : [];
}

/** A new empty paragraph right after `node`, with the caret in it; returns the paragraph. */
export function $paragraphAfter(node: LexicalNode): ParagraphNode {
  const paragraph = $createParagraphNode();
  node.insertAfter(paragraph);
  paragraph.select();
  return paragraph;
}

/** Removes passages as one step and puts the caret at the start of what followed (or the end of what preceded). */
export function $removePassages(nodes: PassageNode[]): void {
  const last = nodes.at(-1)!;
  const after = last.getNextSibling();
  const before = nodes[0]!.getPreviousSibling();
  for (const node of nodes) node.remove();
  const root = $getRoot();
  if (root.getChildrenSize() === 0) root.append($createParagraphNode());
  const next = after?.isAttached() ? after : before?.isAttached() ? before : root.getFirstChild();
  if ($isElementNode(next) && next === after) next.selectStart();
  else if ($isElementNode(next)) next.selectEnd();
  else if ($isDecoratorNode(next)) next.selectNext();
  else $setSelection(null);
}

const typesCharacter = (event: KeyboardEvent) =>
  !event.ctrlKey && !event.metaKey && (event.key.length === 1 || event.key === 'Process' || event.key === 'Dead');

/**
 * Keeps a selected passage one unit (PITFALLS, Lexical: with a NodeSelection Lexical's own text
 * insertion does nothing and the browser would type at the start of the editable). While passages
 * are selected: a character (key, IME, beforeinput) is refused and `refused` is called; Enter opens
 * a new paragraph after the last one; Backspace/Delete remove them in one update (one undo step) and
 * call `removed`; a paste goes into a new paragraph after them. A foreign drop onto a passage lands
 * in a new paragraph after it. Returns the unregister function.
 */
export function registerPassageGuard(editor: LexicalEditor, messages: PassageGuardMessages): () => void {
  const onBeforeInput = (event: InputEvent) => {
    const selected = editor.getEditorState().read($selectedPassages);
    if (selected.length === 0) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event.inputType.startsWith('delete')) {
      editor.update(() => $removePassages($selectedPassages()));
      messages.removed(selected.length);
    } else if (event.inputType === 'insertParagraph') {
      editor.update(() => $paragraphAfter($selectedPassages().at(-1)!));
    } else {
      messages.refused();
    }
  };
  // A press on the text outside any passage ends a passage's NodeSelection first: otherwise Lexical
  // keeps it and clears the browser's selection, and the next typed text lands outside the caret.
  const onPointerDown = (event: Event) => {
    if (event.target instanceof Element && event.target.closest('.ed-passage-host')) return;
    if (editor.getEditorState().read($selectedPassages).length > 0) editor.update(() => $setSelection(null), { discrete: true });
  };
  const offRoot = editor.registerRootListener((root, previous) => {
    previous?.removeEventListener('beforeinput', onBeforeInput, true);
    previous?.removeEventListener('pointerdown', onPointerDown, true);
    root?.addEventListener('beforeinput', onBeforeInput, true);
    root?.addEventListener('pointerdown', onPointerDown, true);
  });
  return mergeRegister(
    offRoot,
    editor.registerCommand(
      KEY_DOWN_COMMAND,
      (event) => {
        const selected = $selectedPassages();
        if (selected.length === 0) return false;
        if ((event.key === 'Backspace' || event.key === 'Delete') && !event.altKey) {
          event.preventDefault();
          $removePassages(selected);
          messages.removed(selected.length);
          return true;
        }
        if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && !event.altKey) {
          event.preventDefault();
          $paragraphAfter(selected.at(-1)!);
          return true;
        }
        if (!typesCharacter(event)) return false;
        event.preventDefault();
        messages.refused();
        return true;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      CONTROLLED_TEXT_INSERTION_COMMAND,
      () => {
        if ($selectedPassages().length === 0) return false;
        messages.refused();
        return true;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      PASTE_COMMAND,
      () => {
        const selected = $selectedPassages();
        if (selected.length === 0) return false;
        // The editor's own paste then inserts at this new caret.
        $paragraphAfter(selected.at(-1)!);
        return false;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      DROP_COMMAND,
      (event) => {
        const target = event.target instanceof Node ? $getNearestNodeFromDOMNode(event.target) : null;
        const passage = target && ($isPassageNode(target) ? target : target.getParents().find($isPassageNode));
        if (!passage || !event.dataTransfer) return false;
        event.preventDefault();
        $paragraphAfter(passage);
        const selection = $getSelection();
        if (selection) $insertDataTransferForRichText(event.dataTransfer, selection, editor);
        return true;
      },
      // Below the passages plugin's own drops (HIGH): those place passages before or after.
      COMMAND_PRIORITY_NORMAL,
    ),
  );
}
