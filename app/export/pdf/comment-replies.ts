import type PDFDocument from 'pdfkit';
import type { PDFStructureElement } from 'pdfkit';

import type { Annotation } from '../../briefing/model';
import type { StructureTree } from './tagging';

/** Where a comment's text annotation stands: x, y from the page's top-left, width and height, in points. */
export interface NoteRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const COLOR: [number, number, number] = [217, 130, 43];

/**
 * The replies and the resolved state of `annotation`, whose text annotation pdfkit has just added
 * to the current page, as annotation replies (ISO 32000-1 §12.5.6.2, `/IRT` and `/RT /R`): a Text
 * annotation per reply with its author (`/T`), date (`/M`) and text, in reply to the comment's;
 * for a resolved comment one more, `/StateModel /Review /State /Completed` (§12.5.6.10, Table 172),
 * by the comment's author (the model does not record who resolved it). Viewers show them in the
 * comment's thread rather than as icons of their own. Each is tagged as an Annot element under
 * `element` (PDF/UA-1 §7.18.1), at the comment's place `rect`.
 */
export function addCommentReplies(
  doc: PDFDocument,
  tree: StructureTree,
  element: PDFStructureElement,
  rect: NoteRect,
  annotation: Annotation,
): void {
  const replies = annotation.replies ?? [];
  if (replies.length === 0 && !annotation.resolved) return;
  // pdfkit's `note` returns the document; the annotation's reference is the page's last one.
  const annotations = (doc.page as unknown as { annotations: unknown[] }).annotations;
  const parent = annotations[annotations.length - 1];
  const reply = (contents: string, author: string, iso: string, extra: Record<string, unknown> = {}) => {
    const date = new Date(iso);
    tree.annotation(element, 'Annot', (structParent) =>
      doc.note(rect.x, rect.y, rect.width, rect.height, contents, {
        structParent,
        IRT: parent,
        RT: 'R',
        // pdfkit writes String objects as PDF text strings (a plain string would become a name).
        T: new String(author),
        Name: 'Comment',
        Open: false,
        color: COLOR,
        ...(Number.isNaN(date.getTime()) ? {} : { M: date }),
        ...extra,
      }),
    );
  };
  for (const answer of replies) reply(answer.text, answer.author, answer.date);
  if (annotation.resolved) reply('', annotation.author, annotation.date, { StateModel: 'Review', State: 'Completed' });
}
