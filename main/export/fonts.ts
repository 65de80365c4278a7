import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { PDF_FONT_FACES, type PdfFonts } from '../../app/export/pdf/fonts';

/** The font file of each face in `<assets>/fonts` (Liberation Sans, SIL OFL; DejaVu Sans in four styles as fallback; GNU Unifont Upper, SIL OFL, as the last resort above the BMP; licences beside them). */
const FACE_FILES: Record<keyof PdfFonts, string> = {
  regular: 'LiberationSans-Regular.ttf',
  bold: 'LiberationSans-Bold.ttf',
  italic: 'LiberationSans-Italic.ttf',
  boldItalic: 'LiberationSans-BoldItalic.ttf',
  fallback: 'DejaVuSans.ttf',
  fallbackBold: 'DejaVuSans-Bold.ttf',
  fallbackItalic: 'DejaVuSans-Oblique.ttf',
  fallbackBoldItalic: 'DejaVuSans-BoldOblique.ttf',
  lastResort: 'UnifontUpper.otf',
};

/**
 * Reads the bundled PDF fonts from `<assetsDir>/fonts` (the repository's `assets/`, or the
 * packaged app's `resources/assets`): the one place that knows their file names. Every caller of
 * the PDF exporter (app, CLI, export worker, bench, tests) gets its fonts here. Rejects with the
 * file system's error (e.g. ENOENT) when a face is missing.
 */
export async function loadPdfFonts(assetsDir: string): Promise<PdfFonts> {
  const read = async (face: keyof PdfFonts) => new Uint8Array(await readFile(join(assetsDir, 'fonts', FACE_FILES[face])));
  const faces = await Promise.all(PDF_FONT_FACES.map(async (face) => [face, await read(face)] as const));
  return Object.fromEntries(faces) as Record<keyof PdfFonts, Uint8Array>;
}
