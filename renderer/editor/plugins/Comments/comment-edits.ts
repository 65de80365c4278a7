import type { Annotation } from '../../../../app/briefing/model';
import { $addAnnotation, $dropAnnotation, $getBriefingMeta } from '../../meta/briefing-meta';
import { $anchorComment, $removeComment } from './comments';

/**
 * Adds a comment on the selection (inside `update`): the anchor and the entry in one update, so one
 * undo step removes both and redo restores both. The author is `author` (the user's name from the
 * preferences) when given and not empty, else the briefing's author property.
 * False, and nothing changed, when nothing commentable is selected.
 */
export function $addComment(id: string, text: string, date: string, author = ''): boolean {
  if (!$anchorComment(id)) return false;
  const annotation: Annotation = { id, author: author.trim() || $getBriefingMeta().properties.author, date, text };
  $addAnnotation(annotation);
  return true;
}

/** Deletes comment `id`, its anchors and its entry (inside `update`), as one undo step. */
export function $deleteComment(id: string): void {
  $removeComment(id);
  $dropAnnotation(id);
}
