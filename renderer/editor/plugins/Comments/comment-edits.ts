import {
  addCommentReply,
  deleteCommentReply,
  editCommentText,
  findThread,
  setCommentResolved,
} from '../../../../app/briefing/comment-thread';
import type { Annotation } from '../../../../app/briefing/model';
import { $addAnnotation, $dropAnnotation, $getBriefingMeta, $setAnnotations } from '../../meta/briefing-meta';
import { $anchorComment, $removeComment } from './comments';

/**
 * Adds a comment on the selection (inside `update`): the anchor and the entry in one update, so one
 * undo step removes both and redo restores both. The author is `author` (the user's name from the
 * preferences) when given and not empty, else the briefing's author property.
 * False, and nothing changed, when nothing commentable is selected.
 */
export function $addComment(id: string, text: string, date: string, author = ''): boolean {
  if (!$anchorComment(id)) return false;
  const annotation: Annotation = { id, author: $authorOr(author), date, text };
  $addAnnotation(annotation);
  return true;
}

/**
 * Deletes comment `id`, its anchors and its entry (inside `update`), as one undo step; when `id`
 * is a reply's, only that reply.
 */
export function $deleteComment(id: string): void {
  const { annotations } = $getBriefingMeta();
  const thread = findThread(annotations, id);
  if (thread && thread.id !== id) {
    $setAnnotations(deleteCommentReply(annotations, id));
    return;
  }
  $removeComment(id);
  $dropAnnotation(id);
}

/** Replaces the text of comment or reply `id` (inside `update`). False when `text` is blank or `id` unknown. */
export function $editComment(id: string, text: string): boolean {
  return $changeAnnotations(text.trim() === '' ? null : (annotations) => editCommentText(annotations, id, text.trim()), id);
}

/**
 * Adds a reply `replyId` with `text`, dated `date`, to the thread holding `id` (inside `update`);
 * the author as for `$addComment`. False when `text` is blank or `id` unknown.
 */
export function $replyToComment(id: string, replyId: string, text: string, date: string, author = ''): boolean {
  const reply = { id: replyId, author: $authorOr(author), date, text: text.trim() };
  return $changeAnnotations(reply.text === '' ? null : (annotations) => addCommentReply(annotations, id, reply), id);
}

/** Marks the thread holding `id` resolved or open again (inside `update`). False when `id` is unknown. */
export function $resolveComment(id: string, resolved: boolean): boolean {
  return $changeAnnotations((annotations) => setCommentResolved(annotations, id, resolved), id);
}

function $changeAnnotations(change: ((annotations: readonly Annotation[]) => readonly Annotation[]) | null, id: string): boolean {
  const { annotations } = $getBriefingMeta();
  if (!change || !findThread(annotations, id)) return false;
  const next = change(annotations);
  if (next !== annotations) $setAnnotations(next);
  return true;
}

function $authorOr(author: string): string {
  return author.trim() || $getBriefingMeta().properties.author;
}
