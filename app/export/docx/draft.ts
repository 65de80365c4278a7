import type { IParagraphOptions, ParagraphChild } from 'docx';
import { FootnoteReferenceRun, TextRun } from 'docx';

import type { CellSlot } from './table';

/**
 * A paragraph under construction. Body paragraphs are built as drafts first, so that comment
 * ranges — which may span runs, paragraphs and whole passages — can be placed in one pass over
 * the finished sequence (see comments.ts) before the `Paragraph` objects are made.
 */
export interface ParagraphDraft {
  options: Omit<IParagraphOptions, 'children' | 'text'>;
  items: DraftItem[];
  /** A paragraph of a table cell (table.ts gathers them into the table). */
  cell?: CellSlot;
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
    ...draft,
    items: draft.items.map((item) => ({ child: item.child, comments: [...item.comments, ...extra] })),
  }));
}

/**
 * Puts a superscript comma (a run in the FootnoteReference style) between every two consecutive
 * footnote references, so that notes 1 and 2 read `¹,²`, not 12, as in the PDF and the editor.
 * The comma shares the comment ranges both references are in.
 */
export function withNoteCommas(draft: ParagraphDraft): ParagraphDraft {
  const items: DraftItem[] = [];
  for (const item of draft.items) {
    const previous = items.at(-1);
    if (previous && previous.child instanceof FootnoteReferenceRun && item.child instanceof FootnoteReferenceRun) {
      const shared = previous.comments.filter((id) => item.comments.includes(id));
      items.push({ child: new TextRun({ text: ',', style: 'FootnoteReference' }), comments: shared });
    }
    items.push(item);
  }
  return { ...draft, items };
}
