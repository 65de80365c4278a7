/**
 * The part of pdfkit 0.20's API the PDF exporter uses, declared here because @types/pdfkit
 * references all of @types/node, which the pure app/ layer must not see (tsconfig.app.json maps
 * the module name `pdfkit` to this file; at run time the real package is loaded).
 * Signatures follow pdfkit's documentation (pdfkit.org/docs) and js/pdfkit.js.
 */

export interface PDFStructureContent {
  readonly refs: unknown[];
}

export interface PDFStructureElement {
  add(child: PDFStructureElement | PDFStructureContent): PDFStructureElement;
  end(): void;
}

/**
 * Options pdfkit passes on to an annotation's dictionary. With `structParent`, pdfkit adds an
 * object reference (OBJR) to the annotation to that element and gives the annotation a
 * /StructParent key in the ParentTree. Text strings must be String objects (a plain string
 * would be written as a name).
 */
export interface AnnotationOptions {
  structParent?: PDFStructureElement;
  Contents?: String;
  [key: string]: unknown;
}

export interface PDFOutlineItem {
  /** `top` is measured from the page's top edge; `left` from its right edge (pdfkit's quirk). */
  addItem(title: string, options?: { top?: number; left?: number; zoom?: number; expanded?: boolean }): PDFOutlineItem;
}

export interface PDFDocumentOptions {
  size?: string | [number, number];
  margins?: { top: number; bottom: number; left: number; right: number };
  autoFirstPage?: boolean;
  bufferPages?: boolean;
  compress?: boolean;
  /** Default font; null loads none (pdfkit would otherwise load the standard Helvetica). */
  font?: string | null;
  pdfVersion?: '1.3' | '1.4' | '1.5' | '1.6' | '1.7' | '1.7ext3';
  tagged?: boolean;
  lang?: string;
  displayTitle?: boolean;
  subset?: string;
  info?: {
    Title?: string;
    Author?: string;
    Subject?: string;
    Keywords?: string;
    Creator?: string;
    Producer?: string;
    CreationDate?: Date;
    ModDate?: Date;
  };
}

export interface TextOptions {
  lineBreak?: boolean;
  baseline?: number | 'top' | 'alphabetic';
  features?: string[];
}

export interface PDFPage {
  readonly width: number;
  readonly height: number;
}

declare class PDFDocument {
  constructor(options?: PDFDocumentOptions);
  readonly page: PDFPage;
  readonly outline: PDFOutlineItem;
  registerFont(name: string, src: Uint8Array): this;
  font(name: string, size?: number): this;
  fontSize(size: number): this;
  widthOfString(text: string): number;
  text(text: string, x: number, y: number, options?: TextOptions): this;
  fillColor(color: string, opacity?: number): this;
  strokeColor(color: string): this;
  lineWidth(width: number): this;
  moveTo(x: number, y: number): this;
  lineTo(x: number, y: number): this;
  stroke(): this;
  rect(x: number, y: number, w: number, h: number): this;
  circle(x: number, y: number, radius: number): this;
  fill(color?: string): this;
  save(): this;
  restore(): this;
  addPage(): this;
  switchToPage(index: number): PDFPage;
  bufferedPageRange(): { start: number; count: number };
  note(x: number, y: number, w: number, h: number, contents: string, options?: AnnotationOptions): this;
  goTo(x: number, y: number, w: number, h: number, name: string, options?: AnnotationOptions): this;
  /** A link annotation with a URI action (ISO 32000-1 §12.6.4.7). */
  link(x: number, y: number, w: number, h: number, url: string, options?: AnnotationOptions): this;
  addNamedDestination(name: string, fit: 'XYZ', x: number, y: number, zoom: number | null): void;
  struct(type: string, options?: Record<string, unknown>): PDFStructureElement;
  addStructure(element: PDFStructureElement): this;
  markStructureContent(tag: string, options?: Record<string, unknown>): PDFStructureContent;
  markContent(tag: string, options?: { type?: string } | null): this;
  endMarkedContent(): this;
  on(event: 'data', listener: (chunk: Uint8Array) => void): this;
  on(event: 'end', listener: () => void): this;
  on(event: 'error', listener: (error: unknown) => void): this;
  end(): void;
}

export default PDFDocument;
