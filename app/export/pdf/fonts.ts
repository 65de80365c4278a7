/**
 * The font bytes the PDF exporter embeds: the four faces of Liberation Sans (SIL OFL, bundled in
 * assets/fonts) as TrueType file bytes. The main side reads them (main/export/fonts.ts); the
 * exporter registers each face under its key, which the layout names in `styles.ts`.
 */
export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
  italic: Uint8Array;
  boldItalic: Uint8Array;
}

/** The faces of `PdfFonts`, in a fixed order. */
export const PDF_FONT_FACES = ['regular', 'bold', 'italic', 'boldItalic'] as const satisfies ReadonlyArray<keyof PdfFonts>;
