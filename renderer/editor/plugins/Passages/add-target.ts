import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_LOW, type LexicalEditor, type NodeKey, SELECTION_CHANGE_COMMAND } from 'lexical';

import { scrollIntoViewSettled } from '../../utils/scroll-settled';
import { $targetAtSelection, type InsertTarget } from './insert-passage';

/** Where "add to briefing" puts the next passage (see `registerAddTarget`). */
export interface AddTarget {
  /** The block after which the next passage goes, or the end of the briefing. */
  get(): InsertTarget;
  /** The passage just added: the next one follows it. */
  added(key: NodeKey): void;
  dispose(): void;
}

/**
 * Remembers the briefing's caret for "add to briefing" from the reader: the block holding the caret
 * while the briefing text had the focus. Until the user puts the caret in the briefing, passages go
 * to the end. A remembered block that is gone (removed, another briefing loaded) also means the end
 * (`$placeTopLevel` falls back to it).
 */
export function registerAddTarget(editor: LexicalEditor): AddTarget {
  let target: InsertTarget = { end: true };
  const dispose = mergeRegister(
    editor.registerCommand(
      SELECTION_CHANGE_COMMAND,
      () => {
        const root = editor.getRootElement();
        const focused = root?.ownerDocument.activeElement;
        if (root && focused && root.contains(focused)) target = $targetAtSelection();
        return false;
      },
      COMMAND_PRIORITY_LOW,
    ),
  );
  return {
    get: () => target,
    added: (key) => (target = { key, position: 'after' }),
    dispose,
  };
}

/**
 * Shows a passage just added from the reader: scrolls it into view and highlights it for two
 * seconds (class `is-just-added` on its element, which the CSS animates).
 */
export function showAdded(editor: LexicalEditor, key: NodeKey): void {
  // The passage's view is a lazily loaded React portal: wait (up to 2 s; frames are slow under load)
  // until it has been rendered (its host has children; `contain-intrinsic-size` gives an empty host a height).
  const deadline = performance.now() + 2000;
  const show = () => {
    const element = editor.getElementByKey(key);
    if (!element) return;
    if ((element.childElementCount === 0 || element.offsetHeight === 0) && performance.now() < deadline) {
      requestAnimationFrame(show);
      return;
    }
    scrollIntoViewSettled(element, { block: 'nearest' });
    element.classList.add('is-just-added');
    setTimeout(() => element.classList.remove('is-just-added'), 2000);
  };
  requestAnimationFrame(show);
}
