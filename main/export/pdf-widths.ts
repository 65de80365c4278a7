import { hash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';

import writeFileAtomic from 'write-file-atomic';

import { PDF_FONT_FACES, type PdfFonts } from '../../app/export/pdf/fonts';
import type { PdfWidths } from '../../app/export/pdf/index';
import { PairWidths, type PairWidthsSnapshot } from '../../app/export/pdf/pair-widths';

/** The file's format; a file of another version is ignored (and replaced at the next save). */
const VERSION = 1;

/** The name of the width tables' file in the user's cache folder (see userCacheDir). */
export const PDF_WIDTHS_FILE = `pdf-widths-v${VERSION}.json`;

interface StoredWidths {
  version: number;
  /** Per face: SHA-1 of the font file (hex), so tables are never taken for another font. */
  fonts: Record<string, string>;
  tables: Record<string, PairWidthsSnapshot>;
}

/** SHA-1 (hex) of each face's font bytes, by face. */
function fingerprints(fonts: PdfFonts): Record<string, string> {
  return Object.fromEntries(PDF_FONT_FACES.map((face) => [face, hash('sha1', fonts[face], 'hex')]));
}

/**
 * The PDF width tables kept in `file` (JSON, see StoredWidths) for the faces whose font bytes are
 * still the same; empty tables for the others. Never throws: a missing, unreadable, damaged or
 * outdated file only means fontkit shapes the words again (≈ 0.4 s on the benchmark briefing).
 */
export async function loadPdfWidths(file: string, fonts: PdfFonts): Promise<PdfWidths> {
  const widths: PdfWidths = new Map();
  try {
    const stored = JSON.parse(await readFile(file, 'utf8')) as StoredWidths;
    if (stored?.version !== VERSION) return widths;
    const prints = fingerprints(fonts);
    for (const face of PDF_FONT_FACES) {
      const snapshot = stored.tables?.[face];
      if (snapshot && stored.fonts?.[face] === prints[face]) widths.set(face, PairWidths.restore(snapshot));
    }
  } catch {
    widths.clear();
  }
  return widths;
}

/**
 * Writes `widths` to `file` (atomically, making its folder) when an export taught them something;
 * otherwise writes nothing. Never throws: the tables are only a speed-up.
 */
export async function savePdfWidths(file: string, fonts: PdfFonts, widths: PdfWidths): Promise<void> {
  if (![...widths.values()].some((table) => table.changed)) return;
  try {
    const stored: StoredWidths = { version: VERSION, fonts: fingerprints(fonts), tables: {} };
    for (const [face, table] of widths) stored.tables[face] = table.snapshot();
    await mkdir(dirname(file), { recursive: true });
    await writeFileAtomic(file, JSON.stringify(stored));
    for (const table of widths.values()) table.changed = false;
  } catch {
    // the next export learns them again
  }
}
