import { describe, expect, it } from 'vitest';

import { briefingToDocx } from '../../../../app/export/docx/index';
import { sampleBriefing } from './fixture';
import { commentedText, footnoteReferenceIds, footnotesOf, paragraphsOf, readDocx, textOf } from './read-docx';

describe('briefingToDocx', () => {
  it('writes every note as a native footnote, numbered 1..n in document order, text verbatim', async () => {
    const parts = readDocx(await briefingToDocx(sampleBriefing('footnote')));
    const document = parts['word/document.xml']!;
    expect(footnoteReferenceIds(document)).toEqual([1, 2, 3, 4, 5]);

    const notes = footnotesOf(parts['word/footnotes.xml']!);
    // The leading ' ' is the separator run after Word's note mark; the note text follows verbatim.
    expect([...notes.entries()]).toEqual([
      [1, [' Zie ook de geannoteerde agenda.', 'Tweede alinea – met gedachtestreepje.']],
      [2, [' Kamerstuk 36 045, nr. 191.']],
      [3, [' Kamerbrief, 4 maart 2025, alinea 40']],
      [4, [' Kamerstukken 21 501-20, nr. 1841 en Kamerstuk 21 501-20, nr. 2229.']],
      [5, [' Kamerbrief "Staat van de oorlog in Europa", alinea 52']],
    ]);
  });

  it('puts each reference where its note belongs: the quote note after its words, the citation at the passage end', async () => {
    const document = readDocx(await briefingToDocx(sampleBriefing('footnote')))['word/document.xml']!;
    const quotes = paragraphsOf(document).filter((paragraph) => paragraph.style === 'Quote');
    expect(quotes.map((paragraph) => paragraph.text)).toEqual([
      '[…] met inachtneming van de motie Timmermans-Yeşilgöz […]',
      '[…] In 2025 is belangrijke vooruitgang geboekt met de oprichting van het ‘Speciaal Tribunaal voor het misdrijf Agressie tegen Oekraïne’ (het agressietribunaal) en het Oprichtingsverdrag voor de Claimscommissie, in lijn met de moties van de leden Sjoerdsma en Yesilgoz-Omtzigt.',
    ]);
    // Note 2 directly after "Yeşilgöz", before the omission mark; note 3 (the citation) last.
    expect(quotes[0]!.xml).toMatch(
      /Yeşilgöz<\/w:t><\/w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteReference w:id="2"\/>.*> \[…\]<\/w:t><\/w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteReference w:id="3"\/><\/w:r>$/s,
    );
  });

  it('writes the citation as a line in its own style when the briefing asks for citation lines', async () => {
    const parts = readDocx(await briefingToDocx(sampleBriefing('line')));
    const paragraphs = paragraphsOf(parts['word/document.xml']!);
    const citations = paragraphs.filter((paragraph) => paragraph.style === 'SourceCitation').map((paragraph) => paragraph.text);
    expect(citations).toEqual(['Kamerbrief, 4 maart 2025, alinea 40', 'Kamerbrief "Staat van de oorlog in Europa", alinea 52']);
    const quoteIndex = paragraphs.findIndex((paragraph) => paragraph.text.includes('Timmermans-Yeşilgöz'));
    expect(paragraphs[quoteIndex + 1]!.style).toBe('SourceCitation');
    expect(footnoteReferenceIds(parts['word/document.xml']!)).toEqual([1, 2, 3]);
    expect([...footnotesOf(parts['word/footnotes.xml']!).values()].map((lines) => lines[0])).toEqual([
      ' Zie ook de geannoteerde agenda.',
      ' Kamerstuk 36 045, nr. 191.',
      ' Kamerstukken 21 501-20, nr. 1841 en Kamerstuk 21 501-20, nr. 2229.',
    ]);
  });

  it('anchors annotations as native comments around the annotated words, with author, date and text', async () => {
    const parts = readDocx(await briefingToDocx(sampleBriefing()));
    const document = parts['word/document.xml']!;
    // Comment ids follow the five footnote ids (6, 7), so LibreOffice reads the notes right (issue 17).
    expect(commentedText(document, 6)).toBe('nog verre van zeker');
    // The passage's own annotation covers the whole passage, omission mark and note references included.
    const passageRange = document.slice(
      document.indexOf('<w:commentRangeStart w:id="7"/>'),
      document.indexOf('<w:commentRangeEnd w:id="7"/>'),
    );
    expect(textOf(passageRange)).toBe(
      '[…] In 2025 is belangrijke vooruitgang geboekt met de oprichting van het ‘Speciaal Tribunaal voor het misdrijf Agressie tegen Oekraïne’ (het agressietribunaal) en het Oprichtingsverdrag voor de Claimscommissie, in lijn met de moties van de leden Sjoerdsma en Yesilgoz-Omtzigt.',
    );
    expect(footnoteReferenceIds(passageRange)).toEqual([4, 5]);
    // Each range is closed by its end marker and a run holding the comment reference.
    expect(document).toContain('<w:commentRangeEnd w:id="6"/><w:r><w:commentReference w:id="6"/></w:r>');

    const comments = parts['word/comments.xml']!;
    const bodies = [
      ...comments.matchAll(/<w:comment w:id="(\d+)" w:initials="([^"]*)" w:author="([^"]*)" w:date="([^"]*)">(.*?)<\/w:comment>/gs),
    ];
    expect(bodies.map((match) => [match[1], match[3], match[4], paragraphsOf(match[5]!).map((p) => p.text)])).toEqual([
      ['6', 'Jan de Vries', '2026-01-07T09:30:00.000Z', ['Klopt dit bedrag?']],
      ['7', 'Fatma Yılmaz', '2026-01-08T14:00:00.000Z', ['Citaat inkorten.', 'Of weglaten.']],
    ]);
  });

  it('uses Word heading styles, the Quote style, real numbering for lists, and bold and italic runs', async () => {
    const parts = readDocx(await briefingToDocx(sampleBriefing()));
    const paragraphs = paragraphsOf(parts['word/document.xml']!);
    const styleOf = (text: string) => paragraphs.find((paragraph) => paragraph.text === text)?.style;
    expect(styleOf('Inleiding')).toBe('Heading1');
    expect(styleOf('Herstel en wederopbouw')).toBe('Heading2');
    expect(styleOf('Steun aan Oekraïne')).toBe('Title');

    const items = paragraphs.filter((paragraph) => paragraph.xml.includes('<w:numPr>'));
    expect(items.map((item) => item.text)).toEqual(['Herstel', 'Wederopbouw', 'Agressietribunaal']);
    const numIds = items.map((item) => /<w:numId w:val="(\d+)"\/>/.exec(item.xml)?.[1]);
    expect(numIds[0]).toBe(numIds[1]);
    expect(numIds[2]).not.toBe(numIds[0]);
    const numbering = parts['word/numbering.xml']!;
    expect(numbering).toContain('<w:numFmt w:val="decimal"/>');
    expect(numbering).toContain('<w:numFmt w:val="bullet"/>');

    const styles = parts['word/styles.xml']!;
    expect(styles).toMatch(
      /<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"\/>.*?<w:ind w:left="567" w:right="567"\/><\/w:pPr><w:rPr><w:i\/>/s,
    );
    expect(styles).toContain('<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>');

    const body = paragraphs.find((paragraph) => paragraph.text.startsWith('Een succesvolle'))!;
    expect(body.xml).toContain('<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">nog verre</w:t></w:r>');
    expect(body.xml).toContain('<w:r><w:rPr><w:i/><w:iCs/></w:rPr><w:t xml:space="preserve"> van zeker</w:t></w:r>');
  });

  it('writes the title block without empty rows and the date the Dutch way', async () => {
    const briefing = sampleBriefing();
    briefing.properties.from = '';
    const paragraphs = paragraphsOf(readDocx(await briefingToDocx(briefing))['word/document.xml']!);
    expect(paragraphs.filter((paragraph) => paragraph.style === 'TitleBlock').map((paragraph) => paragraph.text)).toEqual([
      'AanDe minister van Buitenlandse Zaken',
      'Datum6 januari 2026',
      'BetreftStand van zaken steun en wederopbouw',
      'KenmerkBZ2519785',
    ]);
  });

  it('marks header and footer with the classification and numbers pages "Pagina X van Y"', async () => {
    const parts = readDocx(await briefingToDocx(sampleBriefing()));
    expect(textOf(parts['word/header1.xml']!)).toBe('Departementaal vertrouwelijk');
    const footer = parts['word/footer1.xml']!;
    expect(paragraphsOf(footer).map((paragraph) => paragraph.text)).toEqual(['Departementaal vertrouwelijk', 'Pagina  van ']);
    expect([...footer.matchAll(/<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)].map((match) => match[1])).toEqual(['PAGE', 'NUMPAGES']);

    const unclassified = sampleBriefing();
    unclassified.properties.classification = '';
    const plain = readDocx(await briefingToDocx(unclassified));
    expect(textOf(plain['word/header1.xml']!)).toBe('');
    expect(paragraphsOf(plain['word/footer1.xml']!).map((paragraph) => paragraph.text)).toEqual(['Pagina  van ']);
  });

  it('fills the core properties: title, subject, creator, keywords', async () => {
    const core = readDocx(await briefingToDocx(sampleBriefing()))['docProps/core.xml']!;
    expect(core).toContain('<dc:title>Steun aan Oekraïne</dc:title>');
    expect(core).toContain('<dc:subject>Stand van zaken steun en wederopbouw</dc:subject>');
    expect(core).toContain('<dc:creator>A. de Vries</dc:creator>');
    expect(core).toContain('<cp:keywords>Oekraïne, wederopbouw</cp:keywords>');

    const anonymous = sampleBriefing();
    anonymous.properties.author = '';
    const fallback = readDocx(await briefingToDocx(anonymous, { creator: 'B. Jansen' }))['docProps/core.xml']!;
    expect(fallback).toContain('<dc:creator>B. Jansen</dc:creator>');
  });
});
