import type { Annotation, Briefing } from '../../app/briefing/model';

/**
 * The briefing as exports get it: comments and replies saved without an author (made before a name was known)
 * carry `name` (the user's name from the preferences) or else the briefing's author property, so
 * Word and the PDF name them instead of leaving the author empty. The briefing is not changed.
 */
export function withCommentAuthors(briefing: Briefing, name: string): Briefing {
  const author = name.trim() || briefing.properties.author;
  const named = (annotation: Annotation) => annotation.author && (annotation.replies ?? []).every((reply) => reply.author);
  if (!author || briefing.annotations.every(named)) return briefing;
  return {
    ...briefing,
    annotations: briefing.annotations.map((annotation) =>
      named(annotation)
        ? annotation
        : {
            ...annotation,
            author: annotation.author || author,
            ...(annotation.replies ? { replies: annotation.replies.map((reply) => (reply.author ? reply : { ...reply, author })) } : {}),
          },
    ),
  };
}
