import { caretFromPoint } from '@lexical/clipboard';
import { $getNearestNodeFromDOMNode, $getNodeByKey, $getRoot, type LexicalEditor } from 'lexical';

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

/** How long (ms) the target found at a dragover stays valid for a drop at the same point. */
const DRAGOVER_FRESH_MS = 1000;

/**
 * The drop targets found while dragging over the editor, so that the drop itself need not ask the
 * browser again: `caretFromPoint` then forces a layout of the briefing in the drop's own task
 * (~5 ms with 500 passages), while the last `dragover` at that point found the same target. A drop
 * at another point, or more than DRAGOVER_FRESH_MS after the last dragover, or whose block is gone,
 * is looked up anew (`$dropTarget`).
 */
export class DropTargets {
  private last: { x: number; y: number; at: number; target: InsertTarget } | null = null;

  constructor(private readonly editor: LexicalEditor) {}

  /** The target under (`x`, `y`) (client px) during a dragover, kept for the drop (inside `read`/`update`). */
  $over(x: number, y: number): InsertTarget {
    const target = $dropTarget(this.editor, x, y);
    this.last = { x, y, at: performance.now(), target };
    return target;
  }

  /** The target of a drop at (`x`, `y`) (client px): the last dragover's when it holds, else found now (inside `read`/`update`). */
  $drop(x: number, y: number): InsertTarget {
    const last = this.last;
    this.last = null;
    const fresh = last && last.x === x && last.y === y && performance.now() - last.at <= DRAGOVER_FRESH_MS;
    if (fresh && (!('key' in last.target) || $getNodeByKey(last.target.key))) return last.target;
    return $dropTarget(this.editor, x, y);
  }
}
