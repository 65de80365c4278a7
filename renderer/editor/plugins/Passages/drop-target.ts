import { caretFromPoint } from '@lexical/clipboard';
import { $getNearestNodeFromDOMNode, $getRoot, type LexicalEditor } from 'lexical';

import type { InsertTarget } from './insert-passage';

/**
 * The top-level position under a screen point (inside `read`/`update`): the block at the caret the
 * browser finds there, before or after it by which half was hit; where no caret resolves (margins,
 * below the text) the nearest block by height; else the end of the briefing.
 */
export function $dropTarget(editor: LexicalEditor, x: number, y: number): InsertTarget {
  const caret = caretFromPoint(x, y, editor.getRootElement());
  const node = caret ? $getNearestNodeFromDOMNode(caret.node) : null;
  const top = node?.getTopLevelElement();
  if (top) {
    const rect = editor.getElementByKey(top.getKey())?.getBoundingClientRect();
    if (rect) return { key: top.getKey(), position: y < rect.top + rect.height / 2 ? 'before' : 'after' };
  }
  for (const child of $getRoot().getChildren()) {
    const rect = editor.getElementByKey(child.getKey())?.getBoundingClientRect();
    if (rect && y < rect.top + rect.height / 2) return { key: child.getKey(), position: 'before' };
  }
  return { end: true };
}
