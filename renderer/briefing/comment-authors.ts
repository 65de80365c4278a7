import type { Briefing } from '../../app/briefing/model';

/**
 * The briefing as exports get it: comments saved without an author (made before a name was known)
 * carry `name` (the user's name from the preferences) or else the briefing's author property, so
 * Word and the PDF name them instead of leaving the author empty. The briefing is not changed.
 */
export function withCommentAuthors(briefing: Briefing, name: string): Briefing {
  const author = name.trim() || briefing.properties.author;
  if (!author || briefing.annotations.every((annotation) => annotation.author)) return briefing;
  return {
    ...briefing,
    annotations: briefing.annotations.map((annotation) => (annotation.author ? annotation : { ...annotation, author })),
  };
}
