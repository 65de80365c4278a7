import { describe, expect, it } from 'vitest';

import { numberNotes } from '../../../../app/briefing/notes';
import { briefingToPdf } from '../../../../app/export/pdf';
import { deref, dictsWhere, loadFonts, loadLetters, pdfObjects, text, writePdf } from './pdf-tools';
import type { PdfDict } from './pdf-tools';
import { passagesOf, sampleBriefing } from './sample-briefing';

describe('tagged PDF', () => {
  it('is marked, in Dutch, shows its title and has a structure tree of the briefing', async () => {
    const letters = loadLetters();
    const briefing = sampleBriefing(letters);
    const path = writePdf(await briefingToPdf(briefing, loadFonts()), 'tagged.pdf');
    const objects = pdfObjects(path);
    const catalog = dictsWhere(objects, (d) => d['/Type'] === '/Catalog')[0]!;
    expect(text(catalog['/Lang'])).toBe('nl-NL');
    expect((deref(objects, catalog['/MarkInfo']) as PdfDict)['/Marked']).toBe(true);
    expect((deref(objects, catalog['/ViewerPreferences']) as PdfDict)['/DisplayDocTitle']).toBe(true);
    const root = deref(objects, catalog['/StructTreeRoot']) as PdfDict;
    expect(root['/Type']).toBe('/StructTreeRoot');

    const count = (type: string) => dictsWhere(objects, (d) => d['/S'] === type && '/P' in d).length;
    expect(count('/H1')).toBe(2); // the title and "Aanleiding"
    expect(count('/H2')).toBe(letters.length);
    expect(count('/H3')).toBe(1);
    expect(count('/BlockQuote')).toBe(passagesOf(briefing).length);
    expect(count('/Note')).toBe(numberNotes(briefing).length);
    expect(count('/L')).toBe(1);
    expect(count('/LI')).toBe(2);
    expect(count('/Lbl')).toBeGreaterThanOrEqual(2);
    expect(count('/LBody')).toBe(2);
    // Each passage part is a P inside its BlockQuote.
    const quote = dictsWhere(objects, (d) => d['/S'] === '/BlockQuote')[0]!;
    const kids = (quote['/K'] as unknown[]).map((k) => deref(objects, k) as PdfDict);
    expect(kids.map((k) => k['/S'])).toEqual(['/P']);
  });
});
