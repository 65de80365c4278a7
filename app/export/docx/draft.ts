import type { NoteSequence } from './footnotes';
import type { LinkRelationships } from './hyperlink';
import type { CellSlot } from './table';
import { type ParagraphProps, runProperties, wText } from './wml';

/** What the body's writers share while they walk the briefing: the note numbers and the hyperlinks' relationships. */
export interface BodyContext {
  notes: NoteSequence;
  links: LinkRelationships;
}

/**
 * A paragraph under construction. Body paragraphs are built as drafts first, so that comment
 * ranges — which may span runs, paragraphs and whole passages — can be placed in one pass over
 * the finished sequence (see comments.ts) before the paragraphs are written.
 */
export interface ParagraphDraft {
  options: ParagraphProps;
  items: DraftItem[];
  /** A paragraph of a table cell (table.ts gathers them into the table). */
  cell?: CellSlot;
}

/** One paragraph child (WordprocessingML: a run, a hyperlink) and the ids of the annotations whose range covers it. */
export interface DraftItem {
  child: string;
  comments: readonly string[];
  /** The child is a footnote reference run. */
  note?: boolean;
}

/** Adds `extra` annotation ids to every item of the drafts (a passage's own annotations cover all of it). */
export function withComments(drafts: ParagraphDraft[], extra: readonly string[] | undefined): ParagraphDraft[] {
  if (!extra || extra.length === 0) return drafts;
  return drafts.map((draft) => ({
    ...draft,
    items: draft.items.map((item) => ({ ...item, comments: [...item.comments, ...extra] })),
  }));
}

const NOTE_COMMA = `<w:r>${runProperties({ style: 'FootnoteReference' })}${wText(',')}</w:r>`;

/**
 * Puts a superscript comma (a run in the FootnoteReference style) between every two consecutive
 * footnote references, so that notes 1 and 2 read `¹,²`, not 12, as in the PDF and the editor.
 * The comma shares the comment ranges both references are in.
 */
export function withNoteCommas(draft: ParagraphDraft): ParagraphDraft {
  const items: DraftItem[] = [];
  for (const item of draft.items) {
    const previous = items.at(-1);
    if (previous?.note && item.note) {
      const shared = previous.comments.filter((id) => item.comments.includes(id));
      items.push({ child: NOTE_COMMA, comments: shared });
    }
    items.push(item);
  }
  return { ...draft, items };
}
