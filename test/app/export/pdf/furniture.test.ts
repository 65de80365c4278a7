import { execFileSync } from 'node:child_process';

import { beforeAll, describe, expect, it } from 'vitest';

import { emptyBriefing } from '../../../../app/briefing/model';
import { briefingToPdf } from '../../../../app/export/pdf';
import { loadFonts, writePdf } from './pdf-tools';

/** A marking with what Liberation Sans Bold lacks: U+2011, a decomposed ë, an emoji. */
const MARKING = 'Vertrouwelijk \u2011 Zoe\u0308 😀';

/** The text of a strip of page 1 (pdftotext -x/-y/-W/-H, points), whitespace collapsed. */
function strip(path: string, y: number, height: number): string {
  const args = ['-f', '1', '-l', '1', '-x', '0', '-y', String(y), '-W', '595', '-H', String(height), path, '-'];
  return execFileSync('pdftotext', args, { encoding: 'utf8' }).replace(/\s+/g, ' ').trim();
}

describe('page furniture (classification marking) through the fallback faces', () => {
  let path: string;
  beforeAll(async () => {
    const briefing = emptyBriefing();
    briefing.properties.title = 'Markering';
    briefing.properties.classification = MARKING;
    briefing.body = [{ type: 'paragraph', children: [{ type: 'text', text: 'Tekst.' }] }];
    path = writePdf(await briefingToPdf(briefing, loadFonts()), 'furniture.pdf');
  });

  it('prints the marking in header and footer as NFC text', () => {
    const expected = MARKING.normalize('NFC');
    expect(strip(path, 0, 50)).toBe(expected);
    expect(strip(path, 842 - 60, 60)).toContain(expected);
  });

  it('embeds the fallback faces it needs (pdffonts)', () => {
    const rows = execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    const names = rows.map((row) => row.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
    expect(names).toContain('DejaVuSans-Bold');
    for (const row of rows) expect(row.split(/\s+/).slice(-5, -4)[0], row).toBe('yes');
  });
});
