import {
  $createParagraphNode,
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isNodeSelection,
  $isParagraphNode,
  $isRangeSelection,
  type LexicalNode,
  type NodeKey,
} from 'lexical';

import type { BriefingFootnote, Passage } from '../../../../app/briefing/model';
import { $createPassageNode, $isPassageNode, type PassageNode } from '../../nodes/PassageNode';

/** Where a passage goes: before or after a top-level block, or at the end of the briefing. */
export type InsertTarget = { key: NodeKey; position: 'before' | 'after' } | { end: true };

/**
 * Inserts a passage at a top-level position (inside `update`). Dropped on an empty paragraph, it
 * goes before it so the paragraph stays free for typing; at the end of the briefing an empty
 * paragraph follows it, so there is always a place to type below the last quote.
 */
export function $insertPassage(passage: Passage, notes: BriefingFootnote[], target: InsertTarget): PassageNode {
  const node = $createPassageNode(passage, notes);
  $placeTopLevel(node, target);
  return node;
}

/** Moves an existing top-level node (a passage dragged within the briefing) to the target. */
export function $moveTopLevel(key: NodeKey, target: InsertTarget): boolean {
  const node = $getNodeByKey(key);
  if (!node || ('key' in target && target.key === key)) return false;
  $placeTopLevel(node, target);
  return true;
}

function $placeTopLevel(node: LexicalNode, target: InsertTarget): void {
  const root = $getRoot();
  const anchor = 'key' in target ? $getNodeByKey(target.key)?.getTopLevelElement() : null;
  if (!anchor) {
    const last = root.getLastChild();
    if ($isEmptyParagraph(last) && last !== node) last.insertBefore(node);
    else root.append(node);
  } else if ('position' in target && (target.position === 'before' || $isEmptyParagraph(anchor))) {
    anchor.insertBefore(node);
  } else {
    anchor.insertAfter(node);
  }
  if (root.getLastChild() === node) root.append($createParagraphNode());
}

/** The insertion point for the keyboard path ("add to briefing"): after the block holding the cursor. */
export function $targetAtSelection(): InsertTarget {
  const selection = $getSelection();
  let node: LexicalNode | null | undefined = null;
  if ($isRangeSelection(selection)) node = selection.focus.getNode();
  else if ($isNodeSelection(selection)) node = selection.getNodes().at(-1);
  const top = node?.getTopLevelElement();
  if (!top) return { end: true };
  return { key: top.getKey(), position: 'after' };
}

function $isEmptyParagraph(node: LexicalNode | null | undefined): node is LexicalNode {
  return $isParagraphNode(node) && node.getChildrenSize() === 0;
}

/** Passage nodes in document order. */
export function $passageNodes(): PassageNode[] {
  return $getRoot().getChildren().filter($isPassageNode);
}
