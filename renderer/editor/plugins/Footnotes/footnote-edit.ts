import { $dfs } from '@lexical/utils';
import { $getNodeByKey, $getRoot, $getSelection, $isRangeSelection, type NodeKey } from 'lexical';

import type { BriefingFootnote } from '../../../../app/briefing/model';
import { $createFootnoteRefNode, $isFootnoteRefNode, type FootnoteRefNode } from '../../nodes/FootnoteRefNode';
import { newId } from '../../utils/ids';

/**
 * The reference node at `key` when it carries one of the user's own notes (inside `read`/`update`).
 * Quote notes travel with quoted passages and stay verbatim, so they are never editable here.
 */
export function $userFootnoteRef(key: NodeKey): FootnoteRefNode | null {
  const node = $getNodeByKey(key);
  return $isFootnoteRefNode(node) && node.getNote().origin === 'user' ? node : null;
}

/** The user note referenced at `key`, or null (inside `read`/`update`). */
export function $userFootnoteAt(key: NodeKey): BriefingFootnote | null {
  return $userFootnoteRef(key)?.getNote() ?? null;
}

/**
 * Replaces the text of the user note referenced at `key` (inside `update`, so it is one undo step)
 * and puts the caret right after the reference. A reference copied and pasted still shares its
 * note's id with the original; the edited one then gets an id of its own, so that saving (which
 * keeps one text per id) cannot silently give both the same text. False when there is no such
 * user note or the text is empty after trimming (an empty footnote would print as a bare number).
 */
export function $setUserFootnoteText(key: NodeKey, text: string, makeId: () => string = () => newId('u')): boolean {
  const node = $userFootnoteRef(key);
  const trimmed = text.trim();
  if (!node || !trimmed) return false;
  const note = node.getNote();
  if (note.text !== trimmed) {
    const shared = $dfs().some(({ node: other }) => other !== node && $isFootnoteRefNode(other) && other.getNote().id === note.id);
    node.setNote({ ...note, id: shared ? makeId() : note.id, text: trimmed });
  }
  node.selectNext(0, 0);
  return true;
}

/**
 * Removes the reference at `key` and with it its note (inside `update`): a note exists only while
 * referenced, so the numbers after it close up. The caret stays where the reference was.
 */
export function $removeUserFootnote(key: NodeKey): boolean {
  const node = $userFootnoteRef(key);
  if (!node) return false;
  node.selectPrevious();
  node.remove();
  return true;
}

/**
 * Inserts a reference to a new footnote of the user's own (`origin: 'user'`) at the selection, or
 * at the end of the briefing when there is no text selection (inside `update`). Its number follows
 * from document order. Returns the reference node.
 */
export function $insertUserFootnote(text: string, id: string = newId('u')): FootnoteRefNode {
  const node = $createFootnoteRefNode({ id, origin: 'user', text });
  const selection = $getSelection();
  if ($isRangeSelection(selection)) selection.insertNodes([node]);
  else $getRoot().selectEnd().insertNodes([node]);
  return node;
}
