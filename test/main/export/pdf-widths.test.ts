import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import type { PdfWidths } from '../../../app/export/pdf';
import { PairWidths } from '../../../app/export/pdf/pair-widths';
import { loadPdfFonts } from '../../../main/export/fonts';
import { loadPdfWidths, PDF_WIDTHS_FILE, savePdfWidths } from '../../../main/export/pdf-widths';

const fonts = await loadPdfFonts(join(import.meta.dirname, '..', '..', '..', 'assets'));

function learnt(): PdfWidths {
  const table = new PairWidths();
  const position = (xAdvance: number, advanceWidth: number) => ({ xAdvance, xOffset: 0, yOffset: 0, advanceWidth });
  table.learn('AV', {
    glyphs: [
      { id: 36, codePoints: [65] },
      { id: 57, codePoints: [86] },
    ],
    positions: [position(592.7734375, 666.9921875), position(666.9921875, 666.9921875)],
    width: 1259.765625,
  });
  return new Map([['regular', table]]);
}

describe('PDF width tables in the user cache folder', () => {
  it('are written when an export learnt something and read back for the same fonts', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dossier-widths-')), 'cache', PDF_WIDTHS_FILE);
    const widths = learnt();
    await savePdfWidths(file, fonts, widths);
    expect(widths.get('regular')?.changed).toBe(false);
    const loaded = await loadPdfWidths(file, fonts);
    expect(loaded.get('regular')?.shape('AV')).toEqual(widths.get('regular')?.shape('AV'));
  });

  it('ignore tables of other font bytes, damaged files and missing files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-widths-'));
    const file = join(dir, PDF_WIDTHS_FILE);
    await savePdfWidths(file, fonts, learnt());
    const other = { ...fonts, regular: fonts.regular.slice(0, 1000) };
    expect((await loadPdfWidths(file, other)).size).toBe(0);
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    stored.tables.regular.letters = [65, 'x', 1];
    writeFileSync(file, JSON.stringify(stored));
    expect((await loadPdfWidths(file, fonts)).size).toBe(0);
    writeFileSync(file, '{');
    expect((await loadPdfWidths(file, fonts)).size).toBe(0);
    expect((await loadPdfWidths(join(dir, 'none.json'), fonts)).size).toBe(0);
  });

  it('write nothing when nothing was learnt, and never throw', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dossier-widths-')), PDF_WIDTHS_FILE);
    await savePdfWidths(file, fonts, new Map([['regular', new PairWidths()]]));
    expect(() => readFileSync(file)).toThrow();
    // Its folder would have to be made inside a file.
    writeFileSync(file, 'not a folder');
    await expect(savePdfWidths(join(file, 'x', PDF_WIDTHS_FILE), fonts, learnt())).resolves.toBeUndefined();
  });
});
