import { beforeAll, describe, expect, it } from 'vitest';

import { briefingToPdf } from '../../../../app/export/pdf';
import { dictsWhere, loadFonts, loadLetters, pageText, pageWords, pdfObjects, text, writePdf } from './pdf-tools';
import { sampleBriefing } from './sample-briefing';

describe('annotations in the PDF', () => {
  let path: string;
  beforeAll(async () => {
    path = writePdf(await briefingToPdf(sampleBriefing(loadLetters()), loadFonts()), 'annotations.pdf');
  });

  it('adds each annotation as a text annotation with its text and author', () => {
    const notes = dictsWhere(pdfObjects(path), (d) => d['/Subtype'] === '/Text' && d['/Type'] === '/Annot');
    expect(notes.map((n) => [text(n['/Contents']), text(n['/T'])])).toEqual([
      ['Naam en spelling nagaan bij het kabinet.', 'J. Jansen'],
      ['Volledige alinea in de bijlage.', 'P. Bakker'],
    ]);
    expect(text(notes[0]!['/M'])).toBe('D:20260107093000Z');
  });

  it('places them beside their ranges with numbered markers in the margin', () => {
    const words = pageWords(path, 1);
    const markers = words.filter((w) => w.xMin > 524 && /^\d$/.test(w.text));
    expect(markers.map((m) => m.text)).toEqual(['1', '2']);
    const annotated = words.find((w) => w.text === 'Yeşilgöz-Zegerius')!;
    expect(Math.abs(markers[0]!.yMin - annotated.yMin)).toBeLessThan(6);
    const trimmedQuote = words.find((w) => w.text === '[…]')!;
    expect(Math.abs(markers[1]!.yMin - trimmedQuote.yMin)).toBeLessThan(6);
    const notes = dictsWhere(pdfObjects(path), (d) => d['/Subtype'] === '/Text');
    const rect = notes[0]!['/Rect'] as number[];
    // PDF y runs upwards: the annotation's rectangle spans the annotated line.
    expect(841.89 - rect[3]!).toBeLessThan(annotated.yMax);
    expect(841.89 - rect[1]!).toBeGreaterThan(annotated.yMin);
    expect(pageText(path, 1)).toContain('Motie Yeşilgöz-Zegerius');
  });
});
