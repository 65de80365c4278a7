import { describe, expect, it } from 'vitest';

import { type Briefing, emptyBriefing } from '../../../../app/briefing/model';
import { briefingPdfPageCount, briefingToPdf } from '../../../../app/export/pdf/index';
import { largeBriefing } from '../../../../bench/fixtures/large-briefing';
import { pdfPageCount } from '../../../../main/export/pdf-page-count';
import { ownTable } from '../../briefing/table-fixture';
import { filledBeslisnota } from '../nota/nota-fixture';
import { loadFonts, loadLetters, pageCount, writePdf } from './pdf-tools';
import { sampleBriefing } from './sample-briefing';

/** The own 3×2 table and a 90-row table whose header row repeats on each page it runs over. */
function tablesBriefing(): Briefing {
  const briefing = emptyBriefing();
  const cell = (text: string) => ({ paragraphs: [{ children: [{ type: 'text' as const, text }] }] });
  const rows = Array.from({ length: 90 }, (_, r) => ({
    cells: [cell(`Rij ${r + 1}`), cell(`Bedrag ${r + 1} met een toelichting die doorloopt`)],
  }));
  briefing.body.push(ownTable(), { type: 'table', header: true, rows: [{ cells: [cell('Jaar'), cell('Bedrag')] }, ...rows] });
  return briefing;
}

describe('briefingPdfPageCount: the PDF export’s pages without drawing them', () => {
  const fonts = loadFonts();
  const letters = loadLetters();

  it.each([
    ['an empty briefing', () => emptyBriefing()],
    ['the sample briefing (notes, comments, headings)', () => sampleBriefing(letters)],
    ['a filled Beslisnota (title block table, marking)', () => filledBeslisnota()],
    ['120 passages with their notes', () => largeBriefing(letters, 120)],
    ['tables over several pages', () => tablesBriefing()],
  ])('equals the pages of the exported PDF for %s', async (_name, make) => {
    const briefing = make();
    const bytes = await briefingToPdf(briefing, fonts);
    const counted = briefingPdfPageCount(briefing, fonts);
    expect(counted).toBe(pdfPageCount(bytes));
    // and as poppler reads the file
    expect(counted).toBe(pageCount(writePdf(bytes, 'page-count.pdf')));
  });

  it('changes when the briefing grows by a page of text', () => {
    const briefing = largeBriefing(letters, 40);
    const before = briefingPdfPageCount(briefing, fonts);
    briefing.body.push(...largeBriefing(letters, 20).body.filter((block) => block.type === 'paragraph'));
    for (let i = 0; i < 12; i++)
      briefing.body.push({ type: 'paragraph', children: [{ type: 'text', text: 'Een alinea eigen tekst. '.repeat(30) }] });
    expect(briefingPdfPageCount(briefing, fonts)).toBeGreaterThan(before);
  });
});
