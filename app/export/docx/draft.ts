import type { IParagraphOptions, ParagraphChild } from 'docx';

/**
 * A paragraph under construction. Body paragraphs are built as drafts first, so that comment
 * ranges — which may span runs, paragraphs and whole passages — can be placed in one pass over
 * the finished sequence (see comments.ts) before the `Paragraph` objects are made.
 */
export interface ParagraphDraft {
  options: Omit<IParagraphOptions, 'children' | 'text'>;
  items: DraftItem[];
}

/** One paragraph child and the ids of the annotations whose range covers it. */
export interface DraftItem {
  child: ParagraphChild;
  comments: readonly string[];
}

/** Adds `extra` annotation ids to every item of the drafts (a passage's own annotations cover all of it). */
export function withComments(drafts: ParagraphDraft[], extra: readonly string[] | undefined): ParagraphDraft[] {
  if (!extra || extra.length === 0) return drafts;
  return drafts.map((draft) => ({
    options: draft.options,
    items: draft.items.map((item) => ({ child: item.child, comments: [...item.comments, ...extra] })),
  }));
}
