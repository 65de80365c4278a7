import type PDFDocument from 'pdfkit';
import type { PDFOutlineItem } from 'pdfkit';

import { PAGE } from './styles';

/**
 * PDF bookmarks (document outline, ISO 32000-1 §12.3.3) for the headings: a level-2 heading
 * nests under the last level-1 heading, and so on; a heading without a parent level sits
 * under the nearest higher one, or at the top. Each points at its heading's position.
 */
export class OutlineBuilder {
  private readonly open: Array<PDFOutlineItem | undefined> = [];

  constructor(private readonly doc: PDFDocument) {}

  /** Adds a bookmark to the current page; `y` is the heading's top, from the page's top edge. */
  add(level: number, title: string, y: number): void {
    if (!title) return;
    let parent: PDFOutlineItem = this.doc.outline;
    for (let l = level - 2; l >= 0; l--) {
      const candidate = this.open[l];
      if (candidate) {
        parent = candidate;
        break;
      }
    }
    // pdfkit measures `left` from the right edge: the page width puts the view at x = 0.
    const item = parent.addItem(title, { top: y, left: PAGE.width });
    this.open[level - 1] = item;
    this.open.length = level;
  }
}
