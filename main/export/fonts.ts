import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { PDF_FONT_FACES, type PdfFonts } from '../../app/export/pdf/fonts';

/** The TrueType file of each face in `<assets>/fonts` (Liberation Sans, SIL OFL; DejaVu Sans as fallback; licences beside them). */
const FACE_FILES: Record<keyof PdfFonts, string> = {
  regular: 'LiberationSans-Regular.ttf',
  bold: 'LiberationSans-Bold.ttf',
  italic: 'LiberationSans-Italic.ttf',
  boldItalic: 'LiberationSans-BoldItalic.ttf',
  fallback: 'DejaVuSans.ttf',
};

/**
 * Reads the bundled PDF fonts from `<assetsDir>/fonts` (the repository's `assets/`, or the
 * packaged app's `resources/assets`): the one place that knows their file names. Every caller of
 * the PDF exporter (app, CLI, export worker, bench, tests) gets its fonts here. Rejects with the
 * file system's error (e.g. ENOENT) when a face is missing.
 */
export async function loadPdfFonts(assetsDir: string): Promise<PdfFonts> {
  const read = async (face: keyof PdfFonts) => new Uint8Array(await readFile(join(assetsDir, 'fonts', FACE_FILES[face])));
  const [regular, bold, italic, boldItalic, fallback] = await Promise.all(PDF_FONT_FACES.map(read));
  return { regular: regular!, bold: bold!, italic: italic!, boldItalic: boldItalic!, fallback: fallback! };
}
