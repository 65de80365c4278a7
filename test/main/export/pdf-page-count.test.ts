import { describe, expect, it } from 'vitest';

import { briefingToPdf } from '../../../app/export/pdf';
import { pdfPageCount } from '../../../main/export/pdf-page-count';
import { loadFonts, loadLetters, pageCount, writePdf } from '../../app/export/pdf/pdf-tools';
import { sampleBriefing } from '../../app/export/pdf/sample-briefing';

describe('pdfPageCount', () => {
  it('counts the pages of an exported briefing as pdfinfo does', async () => {
    const bytes = await briefingToPdf(sampleBriefing(loadLetters()), loadFonts());
    const pages = pdfPageCount(bytes);
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBe(pageCount(writePdf(bytes, 'page-count.pdf')));
  });

  it('does not count the page tree (/Type /Pages)', () => {
    const pdf = '1 0 obj\n<<\n/Type /Pages\n/Count 2\n>>\n2 0 obj\n<<\n/Type /Page\n>>\n3 0 obj\n<< /Type/Page /Parent 1 0 R >>';
    expect(pdfPageCount(new TextEncoder().encode(pdf))).toBe(2);
  });
});
