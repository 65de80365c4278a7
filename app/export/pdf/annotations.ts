import type PDFDocument from 'pdfkit';
import type { PDFStructureElement } from 'pdfkit';

import type { Annotation } from '../../briefing/model';
import { addCommentReplies } from './comment-replies';
import type { PlacedLine } from './layout';
import { drawText, Shaper } from './shaping';
import { MARGIN, PAGE } from './styles';
import type { StructureTree } from './tagging';

const MARK_COLOR = '#D9822B';
const HIGHLIGHT = '#FCEFC2';
const MARKER_SIZE = 11;
/**
 * The side of the icon viewers draw for a text annotation, in points, from its rectangle's top left
 * whatever the rectangle's size (poppler 24 × 24; Acrobat's Comment icon about 20 × 18).
 */
export const NOTE_ICON = 24;

/**
 * Where the margin markers and the viewers' icons of the comments starting on one line go: the
 * numbered markers side by side from the margin's edge, then the icons after the last marker, side
 * by side as far as the page allows and in rows below that, so no icon covers a marker (session 9
 * tester: with markers 30 pt apart the second sat under the first comment's icon). `top`: the line's top.
 */
export function markerPlaces(count: number, top: number): Array<{ marker: number; icon: { x: number; y: number } }> {
  const start = PAGE.width - MARGIN.right + 6;
  const icons = start + count * (MARKER_SIZE + 2);
  const perRow = Math.max(1, Math.floor((PAGE.width - icons) / NOTE_ICON));
  return Array.from({ length: count }, (_, index) => ({
    marker: start + index * (MARKER_SIZE + 2),
    icon: { x: icons + (index % perRow) * NOTE_ICON, y: top + Math.floor(index / perRow) * NOTE_ICON },
  }));
}

/**
 * Annotations (comments) in the PDF, where the editor anchored them: each becomes a text
 * annotation (ISO 32000-1 §12.5.6.4, `/Subtype /Text`) with its text and author, placed in the
 * right margin beside the first line of its range (viewers show an icon there). So that they show in print too, the range
 * is highlighted (a passage's comments: a bar in the left margin along the passage) and a
 * numbered marker stands in the margin, numbered in order of appearance. In the structure tree
 * each is an Annot element with an object reference to its annotation, inside the element of
 * the line where its range starts (PDF/UA-1 §7.18.1). Replies and the resolved state follow as
 * annotation replies (see addCommentReplies).
 */
export class AnnotationMarks {
  private readonly byId: Map<string, Annotation>;
  private readonly numbers = new Map<string, number>();

  constructor(
    annotations: Annotation[],
    private readonly doc: PDFDocument,
    private readonly tree: StructureTree,
    private readonly shaper: Shaper = new Shaper(doc),
  ) {
    this.byId = new Map(annotations.map((a) => [a.id, a]));
  }

  /** Highlights and margin bars, drawn before the line's text so they sit behind it. */
  drawBackground(placed: PlacedLine): void {
    const { line, y } = placed;
    const marked = line.fragments.filter((f) => f.run.comments?.some((id) => this.byId.has(id)));
    const barred = line.para.comments?.some((id) => this.byId.has(id));
    if (!marked.length && !barred) return;
    this.tree.artifact('Layout', () => {
      for (const f of marked) this.doc.rect(line.x + f.x, y, f.width, line.height).fill(HIGHLIGHT);
      if (barred) this.doc.rect(MARGIN.left - 12, y, 3, line.height).fill(MARK_COLOR);
    });
  }

  /** Markers and PDF annotations for the annotations whose range starts on this line, tagged under `element` (the line's). */
  drawMarkers(placed: PlacedLine, element: PDFStructureElement): void {
    const { line, y } = placed;
    const ids = [...(line.first ? (line.para.comments ?? []) : []), ...line.fragments.flatMap((f) => f.run.comments ?? [])];
    const starting = [...new Set(ids)].filter((id) => this.byId.has(id) && !this.numbers.has(id));
    const places = markerPlaces(starting.length, y);
    starting.forEach((id, index) => {
      const annotation = this.byId.get(id) as Annotation;
      const number = this.numbers.size + 1;
      this.numbers.set(id, number);
      const { marker: x, icon } = places[index] as ReturnType<typeof markerPlaces>[number];
      const label = String(number);
      this.tree.artifact('Layout', () => {
        this.doc.circle(x + MARKER_SIZE / 2, y + MARKER_SIZE / 2 + 1, MARKER_SIZE / 2).fill(MARK_COLOR);
        this.doc.fillColor('#FFFFFF');
        const width = (this.shaper.width(label, 'bold') * 7) / 1000;
        // The label's top at y + 3.5 (pdfkit's baseline 'top': the baseline one ascender lower).
        const ascender = (this.shaper.embedded('bold') as unknown as { ascender: number }).ascender;
        drawText(this.doc, this.shaper, 'bold', 7, x + (MARKER_SIZE - width) / 2, y + 3.5 + (ascender / 1000) * 7, label);
      });
      const date = new Date(annotation.date);
      // pdfkit writes String objects as PDF text strings (a plain string would become a name).
      const rect = { x: icon.x, y: icon.y, width: MARKER_SIZE, height: MARKER_SIZE };
      this.tree.annotation(element, 'Annot', (structParent) =>
        this.doc.note(rect.x, rect.y, rect.width, rect.height, annotation.text, {
          structParent,
          T: new String(annotation.author),
          Name: 'Comment',
          color: [217, 130, 43],
          ...(Number.isNaN(date.getTime()) ? {} : { M: date }),
        }),
      );
      addCommentReplies(this.doc, this.tree, element, rect, annotation);
    });
  }
}
