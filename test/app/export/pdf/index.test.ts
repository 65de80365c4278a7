import { execFileSync } from 'node:child_process';

import { beforeAll, describe, expect, it } from 'vitest';

import type { Briefing } from '../../../../app/briefing/model';
import { briefingToPdf } from '../../../../app/export/pdf';
import { collapse, loadFonts, loadLetters, pageCount, pageText, renderFirstPage, writePdf } from './pdf-tools';
import { passagesOf, sampleBriefing, SPECIAL } from './sample-briefing';

describe('briefingToPdf', () => {
  let briefing: Briefing;
  let path: string;

  beforeAll(async () => {
    briefing = sampleBriefing(loadLetters());
    path = writePdf(await briefingToPdf(briefing, loadFonts()), 'briefing.pdf');
  });

  it('embeds the four Liberation Sans faces it uses and nothing else', () => {
    const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const row of fonts) {
      expect(row).toMatch(/LiberationSans/);
      expect(row.split(/\s+/).slice(-5, -4)[0]).toBe('yes'); // emb
    }
  });

  it('keeps every character: ş, č, curly quotes, en dash', () => {
    const text = pageText(path, 1);
    expect(text).toContain(SPECIAL);
    expect(text).toContain('Yeşilgöz');
    expect(text).toContain('Steun aan Oekraïne – stand van zaken');
  });

  it('prints the title block with the Dutch date, on an A4 page, tagged in Dutch', () => {
    const layout = pageText(path, 1, true);
    expect(layout).toMatch(/Aan\s+De minister van Buitenlandse Zaken/);
    expect(layout).toMatch(/Van\s+Directie Oost-Europa/);
    expect(layout).toMatch(/Datum\s+6 januari 2026/);
    expect(layout).toMatch(/Betreft\s+Veiligheidsgaranties en de Coalition of the Willing/);
    expect(layout).toMatch(/Kenmerk\s+BZ-DOE-2026-0007/);
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595.28 x 841.89 pts \(A4\)/);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Title:\s+Steun aan Oekraïne – stand van zaken/);
    expect(info).toMatch(/PDF version:\s+1.7/);
  });

  it('marks every page with the classification at top and bottom and "Pagina X van Y"', () => {
    const pages = pageCount(path);
    for (let page = 1; page <= pages; page++) {
      const lines = pageText(path, page, true)
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      expect(lines[0]).toBe('Departementaal vertrouwelijk');
      expect(lines.at(-2)).toBe('Departementaal vertrouwelijk');
      expect(lines.at(-1)).toBe(`Pagina ${page} van ${pages}`);
    }
  });

  it('leaves out empty title-block rows and the marking when there is none', async () => {
    const bare = sampleBriefing(loadLetters());
    bare.properties = { ...bare.properties, to: '', reference: '', classification: '' };
    const file = writePdf(await briefingToPdf(bare, loadFonts()), 'bare.pdf');
    const layout = pageText(file, 1, true);
    expect(layout).not.toMatch(/^\s*Aan\b/m);
    expect(layout).not.toMatch(/Kenmerk/);
    expect(layout).toMatch(/Van\s+Directie Oost-Europa/);
    expect(pageText(file)).not.toContain('Departementaal vertrouwelijk');
  });

  it('quotes verbatim, marks omissions with […] and lists items with their numbers', () => {
    const all = pageText(path);
    const [trimmed, whole] = passagesOf(briefing);
    expect(all).toContain(`[…] ${collapse(trimmed!.parts[0]!.text)} […]`);
    // Footnote numbers interrupt the words in extraction; the text between them is verbatim.
    for (const inline of whole!.parts[0]!.children)
      if (inline.type === 'text' && inline.text.trim()) expect(all).toContain(collapse(inline.text));
    const layout = pageText(path, 1, true);
    expect(layout).toMatch(/1\.\s+Vredesonderhandelingen/);
    expect(layout).toMatch(/2\.\s+Veiligheidsgaranties/);
  });

  it('puts the citation on a line under the quote in "line" style', async () => {
    const lineStyle = sampleBriefing(loadLetters(), 'line');
    const file = writePdf(await briefingToPdf(lineStyle, loadFonts()), 'line-style.pdf');
    const passage = passagesOf(lineStyle)[1]!;
    const text = pageText(file);
    const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // The quote's words (note numbers may stand between them), then the citation on the next line.
    const words = passage.parts[0]!.children.flatMap((c) => (c.type === 'text' ? [escape(collapse(c.text))] : []));
    expect(text).toMatch(new RegExp(`${words.join('\\s?\\d*\\s?')}\\s?\\d*\\s${escape(passage.citation)}`));
  });

  it('renders page 1 as a finished document', () => {
    const png = renderFirstPage(path, 'pdf-export-page');
    expect(execFileSync('file', [png], { encoding: 'utf8' })).toMatch(/PNG image data, 49\d x 70\d/);
  });
});
