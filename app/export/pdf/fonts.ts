/**
 * The font bytes the PDF exporter embeds, as TrueType file bytes: the four faces of Liberation
 * Sans (SIL OFL, bundled in assets/fonts) and the same four of DejaVu Sans (Book, Bold, Oblique,
 * Bold Oblique; Bitstream Vera licence, wide Unicode coverage, bundled beside them) as the
 * fallback for characters Liberation Sans lacks and for letters with combining marks, a bold or
 * italic run's in the bold or oblique face (see fallback.ts); and GNU Unifont's Upper font (SIL OFL,
 * OpenType/CFF, 13,547 code points of the planes above the BMP: emoji, musical symbols, mathematical
 * letters, historic scripts) as the last resort for a character neither has. The main side reads them
 * (main/export/fonts.ts); the exporter registers each face under its key, which the layout
 * names in `styles.ts`.
 */
export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
  italic: Uint8Array;
  boldItalic: Uint8Array;
  fallback: Uint8Array;
  fallbackBold: Uint8Array;
  fallbackItalic: Uint8Array;
  fallbackBoldItalic: Uint8Array;
  lastResort: Uint8Array;
}

/** The faces of `PdfFonts`, in a fixed order. */
export const PDF_FONT_FACES = [
  'regular',
  'bold',
  'italic',
  'boldItalic',
  'fallback',
  'fallbackBold',
  'fallbackItalic',
  'fallbackBoldItalic',
  'lastResort',
] as const satisfies ReadonlyArray<keyof PdfFonts>;
