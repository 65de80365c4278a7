import { execFileSync } from 'node:child_process';

import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';

import { emptyBriefing } from '../../../../app/briefing/model';
import { briefingToDocx } from '../../../../app/export/docx/index';
import { briefingToOdt } from '../../../../app/export/odt';
import { briefingToPdf } from '../../../../app/export/pdf';
import { readDocx } from '../docx/read-docx';
import { loadFonts, writePdf } from './pdf-tools';

/**
 * Characters Liberation Sans lacks in every face (so DejaVu Sans draws them): the non-breaking
 * hyphen of a dossier number, ⇒, ✓, ★; and a letter with a mark NFC cannot compose (q + U+0308),
 * which DejaVu Sans always draws. (Greek, Cyrillic, →, ≥ and ≠ are in Liberation Sans's four
 * faces and never reach the fallback.)
 */
const BOLD = 'Kamerstuk 21\u00a0501\u201120 ⇒ Ελλάδα';
const ITALIC = 'a ≠ b ✓ q\u0308';
const BOLD_ITALIC = '★ Ж';

/** A bold, an italic and a bold italic run, each holding characters from the fallback font. */
function briefing() {
  const result = emptyBriefing();
  result.properties.title = 'Vette en cursieve terugvaltekens';
  result.body = [
    {
      type: 'paragraph' as const,
      children: [
        { type: 'text' as const, text: 'Land: ' },
        { type: 'text' as const, text: BOLD, bold: true },
        { type: 'text' as const, text: ' en ' },
        { type: 'text' as const, text: ITALIC, italic: true },
        { type: 'text' as const, text: ' en ' },
        { type: 'text' as const, text: BOLD_ITALIC, bold: true, italic: true },
      ],
    },
  ];
  return result;
}

describe('bold and italic text from the fallback font', () => {
  let path: string;
  beforeAll(async () => {
    path = writePdf(await briefingToPdf(briefing(), loadFonts()), 'fallback-faces.pdf');
  });

  it('sets them in DejaVu Sans Bold / Oblique / Bold Oblique, each embedded (pdffonts, qpdf)', () => {
    const rows = execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    const names = rows.map((row) => row.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
    for (const face of ['DejaVuSans-Bold', 'DejaVuSans-Oblique', 'DejaVuSans-BoldOblique']) expect(names).toContain(face);
    for (const row of rows) expect(row.split(/\s+/).slice(-5, -4)[0], row).toBe('yes');
    // The font resources of the page name the faces (qpdf's uncompressed view of the file).
    const qdf = execFileSync('qpdf', ['--qdf', '--object-streams=disable', path, '-'], { encoding: 'latin1', maxBuffer: 1 << 28 });
    expect(qdf).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold\b(?!O)/);
    expect(qdf).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Oblique/);
    expect(qdf).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-BoldOblique/);
  });

  it('gives the characters back (pdftotext)', () => {
    const normal = (text: string) => text.normalize('NFC').replace(/\s+/gu, ' ');
    const text = normal(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }));
    for (const words of [BOLD, ITALIC, BOLD_ITALIC]) expect(text).toContain(normal(words));
  });

  it('Word and OpenDocument name the font only, with bold and italic set on those runs', async () => {
    const document = readDocx(await briefingToDocx(briefing()))['word/document.xml']!;
    const run = (text: string) => new RegExp(`<w:r>(?:(?!</w:r>).)*<w:t[^>]*>[^<]*${text}[^<]*</w:t></w:r>`, 's').exec(document)?.[0] ?? '';
    expect(run('Ελλάδα')).toContain('<w:b/>');
    expect(run('★')).toMatch(/<w:b\/>.*<w:i\/>/s);
    expect(run('✓')).toContain('<w:i/>');
    const content = strFromU8(unzipSync(briefingToOdt(briefing()))['content.xml']!);
    const span = (text: string) => new RegExp(`<text:span text:style-name="([^"]+)">${text}</text:span>`).exec(content)?.[1] ?? '';
    const style = (name: string) => new RegExp(`<style:style style:name="${name}"[^>]*>.*?</style:style>`, 's').exec(content)?.[0] ?? '';
    expect(style(span(BOLD))).toContain('fo:font-weight="bold"');
    expect(style(span(ITALIC))).toContain('fo:font-style="italic"');
    expect(content).not.toContain('DejaVu');
  });
});
