import { $isMarkNode, $unwrapMarkNode, $wrapSelectionInMarkNode, type MarkNode } from '@lexical/mark';
import { $dfs } from '@lexical/utils';
import { $getRoot, $getSelection, $isElementNode, $isNodeSelection, $isRangeSelection, type LexicalNode } from 'lexical';

import type { Passage } from '../../../../app/briefing/model';
import { $isPassageNode } from '../../nodes/PassageNode';

/**
 * Anchors annotation `id` on the selection (inside `update`): a text range gets a MarkNode, a
 * selected passage carries the id in its `comments`. False when nothing is selected.
 */
export function $anchorComment(id: string): boolean {
  const selection = $getSelection();
  if ($isRangeSelection(selection) && !selection.isCollapsed()) {
    $wrapSelectionInMarkNode(selection, selection.isBackward(), id);
    return true;
  }
  if ($isNodeSelection(selection)) {
    const passages = selection.getNodes().filter($isPassageNode);
    for (const node of passages) {
      const passage = node.getPassage();
      node.setPassage({ ...passage, comments: [...(passage.comments ?? []), id] });
    }
    return passages.length > 0;
  }
  return false;
}

/** Removes annotation `id` from every mark and passage (inside `update`). */
export function $removeComment(id: string): void {
  for (const { node } of $dfs()) {
    if ($isMarkNode(node) && node.hasID(id)) {
      (node as MarkNode).deleteID(id);
      if (node.getIDs().length === 0) $unwrapMarkNode(node);
    } else if ($isPassageNode(node) && node.getPassage().comments?.includes(id)) {
      const passage = node.getPassage();
      const comments = passage.comments!.filter((other) => other !== id);
      const next: Passage = { ...passage, comments };
      if (comments.length === 0) delete next.comments;
      node.setPassage(next);
    }
  }
}

/**
 * The ids of every comment anchored in the document (inside `read`/`update`): the ids of the
 * MarkNodes around text and of the passages' `comments`. Only element children are descended into.
 */
export function $anchoredCommentIds(): Set<string> {
  const ids = new Set<string>();
  const visit = (node: LexicalNode): void => {
    if ($isPassageNode(node)) {
      for (const id of node.getPassage().comments ?? []) ids.add(id);
    } else if ($isElementNode(node)) {
      if ($isMarkNode(node)) for (const id of node.getIDs()) ids.add(id);
      for (let child = node.getFirstChild(); child !== null; child = child.getNextSibling()) visit(child);
    }
  };
  visit($getRoot());
  return ids;
}
