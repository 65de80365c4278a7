import { describe, expect, it } from 'vitest';

import type { Briefing } from '../../../../app/briefing/model';
import { briefingToDocx } from '../../../../app/export/docx';
import { briefingToOdt } from '../../../../app/export/odt';
import { briefingToPdf } from '../../../../app/export/pdf';
import { sampleBriefing } from '../docx/fixture';
import { decodeXml, readDocx, textOf } from '../docx/read-docx';
import { collapse, loadFonts, loadLetters, pageText, writePdf } from '../pdf/pdf-tools';

/** The sample briefing with its exports' language set (absent: the default, Dutch). */
const briefingIn = (language?: 'nl' | 'en'): Briefing => {
  const briefing = sampleBriefing();
  if (language) briefing.properties = { ...briefing.properties, language };
  return briefing;
};

/** The text of an ODF XML part: tags dropped, entities decoded. */
const odtText = (xml: string) => decodeXml(xml.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');

const DUTCH_LABELS = /\b(Aan|Van|Datum|Betreft|Kenmerk|Pagina)\b|januari/;

describe("exports print their fixed words in the briefing's language (issue 21)", () => {
  it('Word: title block, page label and document language, Dutch by default and English when chosen', async () => {
    for (const [language, expected] of [
      [undefined, { rows: ['Aan', 'Van', 'Datum', '6 januari 2026', 'Betreft', 'Kenmerk'], page: ['Pagina ', ' van '] }],
      ['en', { rows: ['To', 'From', 'Date', '6 January 2026', 'Subject', 'Reference'], page: ['Page ', ' of '] }],
    ] as const) {
      const parts = readDocx(await briefingToDocx(briefingIn(language)));
      const document = textOf(parts['word/document.xml']!);
      for (const word of expected.rows) expect(document).toContain(word);
      const footer = Object.entries(parts).find(([path]) => /^word\/footer\d*\.xml$/.test(path))![1];
      for (const word of expected.page) expect(footer).toContain(`>${word}<`);
      if (language === 'en') {
        expect(document.slice(0, document.indexOf('Reference') + 30)).not.toMatch(DUTCH_LABELS);
        expect(footer).not.toMatch(/Pagina| van /);
      }
    }
  });

  it('OpenDocument: title block, page label and dc:language', () => {
    const read = (language?: 'nl' | 'en') => {
      const zip = readDocx(briefingToOdt(briefingIn(language), { now: new Date('2026-01-09T10:00:00Z') }));
      return { content: odtText(zip['content.xml']!), styles: zip['styles.xml']!, meta: zip['meta.xml']! };
    };
    const dutch = read();
    expect(dutch.content).toMatch(/Aan .*Datum 6 januari 2026 .*Betreft/);
    expect(dutch.styles).toContain('>Pagina <text:page-number');
    expect(dutch.meta).toContain('<dc:language>nl-NL</dc:language>');
    const english = read('en');
    expect(english.content).toMatch(/To .*Date 6 January 2026 .*Subject .*Reference/);
    expect(english.styles).toContain('>Page <text:page-number');
    expect(english.styles).toContain('</text:page-number> of <text:page-count>');
    expect(english.meta).toContain('<dc:language>en-GB</dc:language>');
  });

  it('PDF, read back with pdftotext: title block, "Page 1 of N" and the appendix heading', async () => {
    const letters = loadLetters();
    const appendix = letters.slice(0, 1).map((l) => ({ file: l.file, title: l.title ?? l.file, blocks: l.blocks }));
    const dutch = collapse(pageText(writePdf(await briefingToPdf(briefingIn(), loadFonts(), { appendix }), 'labels-nl.pdf')));
    expect(dutch).toContain('Aan Van Datum Betreft Kenmerk');
    expect(dutch).toContain('6 januari 2026');
    expect(dutch).toMatch(/Pagina 1 van \d+/);
    expect(dutch).toContain('Bijlage 1: ');
    const english = collapse(pageText(writePdf(await briefingToPdf(briefingIn('en'), loadFonts(), { appendix }), 'labels-en.pdf')));
    expect(english).toContain('To From Date Subject Reference');
    expect(english).toContain('6 January 2026');
    expect(english).toMatch(/Page 1 of \d+/);
    expect(english).toContain('Appendix 1: ');
    expect(english).not.toMatch(/Pagina \d|Bijlage \d|\bBetreft\b/);
  });
});
