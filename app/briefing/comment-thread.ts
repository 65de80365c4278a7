import type { Annotation, CommentReply } from './model';

/*
 * Changes to a comment thread (a comment and its replies, docs/dossier-format.md `annotations`).
 * Each takes the briefing's annotations and returns a new array, the given one untouched; an id
 * that names nothing (or a change that changes nothing) returns the same array, so a caller can
 * tell "no change" by identity. Empty `replies` and a false `resolved` are left out, as the file
 * format writes them.
 */

/** The comment whose id, or one of whose replies' id, is `id`; undefined when none. */
export function findThread(annotations: readonly Annotation[], id: string): Annotation | undefined {
  return annotations.find((annotation) => annotation.id === id || annotation.replies?.some((reply) => reply.id === id));
}

/** Replaces the text of comment or reply `id` with `text` (author and date stay). */
export function editCommentText(annotations: readonly Annotation[], id: string, text: string): readonly Annotation[] {
  return mapThread(annotations, id, (annotation) => {
    if (annotation.id === id) return annotation.text === text ? annotation : { ...annotation, text };
    const replies = annotation.replies!.map((reply) => (reply.id === id && reply.text !== text ? { ...reply, text } : reply));
    return replies.every((reply, index) => reply === annotation.replies![index]) ? annotation : { ...annotation, replies };
  });
}

/** Adds `reply` after the last reply of the thread holding `id` (a comment's or a reply's id). */
export function addCommentReply(annotations: readonly Annotation[], id: string, reply: CommentReply): readonly Annotation[] {
  return mapThread(annotations, id, (annotation) => ({ ...annotation, replies: [...(annotation.replies ?? []), reply] }));
}

/** Removes reply `id` from its thread (a comment itself is deleted with its anchors, elsewhere). */
export function deleteCommentReply(annotations: readonly Annotation[], id: string): readonly Annotation[] {
  return mapThread(annotations, id, (annotation) => {
    if (annotation.id === id) return annotation;
    const replies = annotation.replies!.filter((reply) => reply.id !== id);
    const next: Annotation = { ...annotation, replies };
    if (replies.length === 0) delete next.replies;
    return next;
  });
}

/** Marks the thread holding `id` resolved (true) or open again (false). */
export function setCommentResolved(annotations: readonly Annotation[], id: string, resolved: boolean): readonly Annotation[] {
  return mapThread(annotations, id, (annotation) => {
    if ((annotation.resolved ?? false) === resolved) return annotation;
    const next: Annotation = { ...annotation, resolved: true };
    if (!resolved) delete next.resolved;
    return next;
  });
}

function mapThread(annotations: readonly Annotation[], id: string, change: (annotation: Annotation) => Annotation): readonly Annotation[] {
  const thread = findThread(annotations, id);
  if (!thread) return annotations;
  const changed = change(thread);
  return changed === thread ? annotations : annotations.map((annotation) => (annotation === thread ? changed : annotation));
}
