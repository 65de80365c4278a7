import { $addUpdateTag, type LexicalEditor, type NodeKey, SKIP_DOM_SELECTION_TAG } from 'lexical';

import type { BriefingFootnote, Passage } from '../../../../app/briefing/model';
import { $insertPassage, type InsertTarget } from './insert-passage';

/** Whether the page's keyboard focus is inside the editor's text. */
function editorHasFocus(editor: LexicalEditor): boolean {
  const root = editor.getRootElement();
  const focused = root?.ownerDocument.activeElement;
  return !!root && !!focused && root.contains(focused);
}

/**
 * Inserts a passage at `target` in one committed update and returns its key. When the focus is
 * outside the editor (the reader's "add to briefing": a paragraph's handle, the button, Ctrl+Shift+Enter;
 * a drop from the reader), the update leaves the page's selection where it is (SKIP_DOM_SELECTION_TAG):
 * after any update that changes nodes Lexical puts its own selection back into the page, and
 * Chromium then moves the focus into the editor, so with the caret the briefing last had, the next
 * key meant for the reader (Enter on the next paragraph's handle) typed there instead: an empty
 * paragraph where the quote should be.
 */
export function insertPassageNow(editor: LexicalEditor, passage: Passage, notes: BriefingFootnote[], target: () => InsertTarget): NodeKey {
  const outside = !editorHasFocus(editor);
  let key = '';
  editor.update(
    () => {
      if (outside) $addUpdateTag(SKIP_DOM_SELECTION_TAG);
      key = $insertPassage(passage, notes, target()).getKey();
    },
    { tag: 'dossier-drop', discrete: true },
  );
  return key;
}

/**
 * Runs asynchronous insertions in the order they were asked for: each `fetch` starts at once (the
 * letters are asked for in parallel), each `apply` runs after the previous insertion's, whatever
 * order the letters arrive in, so passages added one after the other from the keyboard land one
 * after the other. A failed one does not stop those after it; its error goes to its own caller.
 */
export function orderedInserts(): <T>(fetch: Promise<T>, apply: (value: T) => void) => Promise<void> {
  let last: Promise<unknown> = Promise.resolve();
  return (fetch, apply) => {
    const run = last.then(async () => apply(await fetch));
    last = run.catch(() => undefined);
    return run;
  };
}
