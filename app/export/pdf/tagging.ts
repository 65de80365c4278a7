import type PDFDocument from 'pdfkit';
import type { PDFStructureElement } from 'pdfkit';

import type { StructParent } from './layout';

/**
 * The tagged-PDF structure tree (ISO 32000-1 §14.8): headings H1–H3, P, BlockQuote, L › LI ›
 * Lbl/LBody, Note; inside them Link and Annot elements for the annotations. An element may
 * gather content from several pages (a paragraph split by a page break): each piece is marked
 * content with its own MCID, added to the same element. Everything else drawn (rules,
 * highlights, page numbers) is marked as an artifact.
 */
export class StructureTree {
  private readonly elements = new Map<unknown, PDFStructureElement>();

  constructor(private readonly doc: PDFDocument) {}

  private attach(element: PDFStructureElement, parent: PDFStructureElement | undefined): void {
    if (parent) parent.add(element);
    else this.doc.addStructure(element);
  }

  private parentOf(parents: StructParent[]): PDFStructureElement | undefined {
    let parent: PDFStructureElement | undefined;
    for (const { key, tag } of parents) {
      let element = this.elements.get(key);
      if (!element) {
        element = this.doc.struct(tag);
        this.attach(element, parent);
        this.elements.set(key, element);
      }
      parent = element;
    }
    return parent;
  }

  /** The element owned by `owner` (a paragraph, a label, a note), created under `parents` on first use. */
  element(owner: unknown, tag: string, parents: StructParent[]): PDFStructureElement {
    let element = this.elements.get(owner);
    if (!element) {
      const parent = this.parentOf(parents);
      element = this.doc.struct(tag);
      this.attach(element, parent);
      this.elements.set(owner, element);
    }
    return element;
  }

  /** Draws `draw` as marked content of `element`. */
  mark(element: PDFStructureElement, tag: string, draw: () => void): void {
    const content = this.doc.markStructureContent(tag);
    draw();
    this.doc.endMarkedContent();
    element.add(content);
  }

  /**
   * An annotation in the structure (ISO 32000-1 §14.8.4.4.2, PDF/UA-1 §7.18): a `Link` or
   * `Annot` element under `parent` holding the marked content `draw` draws (the link's text;
   * none for a comment) and an object reference (OBJR) to the annotation `annotate` creates
   * with the element as its `structParent` — pdfkit then gives the annotation a /StructParent
   * entry in the ParentTree pointing back at this element.
   */
  annotation(
    parent: PDFStructureElement,
    tag: 'Link' | 'Annot',
    annotate: (element: PDFStructureElement) => void,
    draw?: () => void,
  ): void {
    const element = this.doc.struct(tag);
    parent.add(element);
    if (draw) this.mark(element, tag, draw);
    annotate(element);
    // Ended (and so written) at once: pdfkit takes the OBJR's /Pg from the page current when
    // the element is written, which at the document's end would be the last page.
    element.end();
  }

  /** Draws `draw` as an artifact (not part of the document's logical content). */
  artifact(type: 'Layout' | 'Pagination', draw: () => void): void {
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
  }
}
