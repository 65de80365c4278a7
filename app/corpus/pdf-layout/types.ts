/**
 * Positioned text of a PDF page as the decoder (main/corpus/pdf-decode.ts, pdf.js
 * `getTextContent`) hands it to the layout analysis: plain data, PDF user space units
 * (1/72 inch), origin at the page's bottom left, `y` the baseline (larger is higher).
 */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  /** Advance width of `str`. */
  width: number;
  /** Font size (the text matrix's vertical scale). */
  size: number;
  /** The decoder's font id; items with the same id share a font (weight, family). */
  font: string;
  /** A bold face (by the font's name, `…-Bold`/`Semibold`/`Black`, or its flags); absent when unknown. */
  bold?: boolean;
}

export interface PdfPageText {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  items: PdfTextItem[];
}
