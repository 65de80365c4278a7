import { $createMarkNode, $isMarkNode, MarkNode } from '@lexical/mark';
import type { LexicalEditor, LexicalNode } from 'lexical';

/**
 * Comments that overlap are one level of MarkNodes, never marks inside marks: each run of text
 * carries the ids of every comment covering it (app/briefing/model `TextInline.comments`, the
 * shape the file and the exports use). `$wrapSelectionInMarkNode` wraps the part of a new
 * comment's range that lies inside an existing mark in a new mark inside that one; Lexical's text
 * insertion and selection normalisation do not expect an inline element ending in another
 * (text typed at the paragraph's end after two such comments went before the commented words,
 * and Enter split inside them).
 */

/**
 * Replaces `outer` (a MarkNode whose parent is not one) holding marks by flat marks: its
 * descendants that are not marks, moved (same keys, so a selection on them stays), in order,
 * grouped into one MarkNode per run of children with the same ids. A child's ids are its
 * marks' ids from the outside in, each once (as model-mapping/inlines reads them). Nothing
 * changes when `outer` holds no mark. Inside `update`.
 */
export function $flattenMark(outer: MarkNode): void {
  if (!outer.getChildren().some($isMarkNode)) return;
  const pieces: Array<{ node: LexicalNode; ids: string[] }> = [];
  const collect = (mark: MarkNode, outerIds: string[]): void => {
    const ids = [...outerIds, ...mark.getIDs().filter((id) => !outerIds.includes(id))];
    for (const child of mark.getChildren()) {
      if ($isMarkNode(child)) collect(child, ids);
      else pieces.push({ node: child, ids });
    }
  };
  collect(outer, []);
  let previous: LexicalNode = outer;
  let current: { mark: MarkNode; ids: string[] } | null = null;
  for (const { node, ids } of pieces) {
    if (!current || !sameIds(current.ids, ids)) {
      current = { mark: $createMarkNode(ids), ids };
      previous.insertAfter(current.mark);
      previous = current.mark;
    }
    current.mark.append(node);
  }
  outer.remove();
}

/** The outermost MarkNode among `node` and its ancestors, or null. */
function $outermostMark(node: LexicalNode): MarkNode | null {
  let outermost: MarkNode | null = null;
  for (let at: LexicalNode | null = node; at !== null; at = at.getParent()) if ($isMarkNode(at)) outermost = at;
  return outermost;
}

/**
 * Keeps comment marks flat (see `$flattenMark`) whatever made them nested (a new overlapping
 * comment, a paste): a MarkNode transform flattening the outermost mark around a changed one.
 * Returns the unregister function.
 */
export function registerFlatMarks(editor: LexicalEditor): () => void {
  return editor.registerNodeTransform(MarkNode, (mark) => {
    const outer = $outermostMark(mark);
    if (outer) $flattenMark(outer);
  });
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}
