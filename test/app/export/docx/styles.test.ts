import { beforeAll, describe, expect, it } from 'vitest';

import { briefingToDocx } from '../../../../app/export/docx/index';
import { sampleBriefing } from './fixture';
import { paragraphProperties, paragraphsOf, readDocx, styleXml } from './read-docx';

const DUTCH = '<w:lang w:val="nl-NL"/>';

describe('briefingToDocx styles: Dutch, widow control, headings kept with the next paragraph', () => {
  let parts: Record<string, string> = {};
  let styles = '';
  beforeAll(async () => {
    parts = readDocx(await briefingToDocx(sampleBriefing('line')));
    styles = parts['word/styles.xml']!;
  });
  const style = (id: string) => {
    const xml = styleXml(styles, id);
    if (xml === null) throw new Error(`no style ${id}`);
    return xml;
  };

  it('sets Dutch and widow/orphan control in the document defaults', () => {
    expect(styles).toContain(
      '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/><w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="nl-NL"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl/><w:spacing w:after="120" w:line="276"/></w:pPr></w:pPrDefault></w:docDefaults>',
    );
    // No other language anywhere in the styles.
    expect([...styles.matchAll(/<w:lang [^>]*\/>/g)].map((match) => match[0]).filter((lang) => lang !== DUTCH)).toEqual([]);
  });

  it('states widow control in every text style: Normal, Quote, citation line, list item, footnote and comment text', () => {
    for (const id of [
      'Normal',
      'Quote',
      'SourceCitation',
      'ListParagraph',
      'FootnoteText',
      'CommentText',
      'Heading1',
      'Heading2',
      'Heading3',
      'Title',
    ]) {
      expect(style(id), id).toMatch(/<w:pPr>(?:(?!<\/w:pPr>).)*<w:widowControl\/>/s);
    }
    // Normal is still the default paragraph style, now Dutch itself.
    expect(style('Normal')).toBe(
      '<w:style w:type="paragraph" w:styleId="Normal" w:default="1"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl/></w:pPr><w:rPr><w:lang w:val="nl-NL"/></w:rPr></w:style>',
    );
  });

  it("keeps Word's footnote text look and makes footnote and comment text Dutch", () => {
    expect(style('FootnoteText')).toBe(
      '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:link w:val="FootnoteTextChar"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:pPr><w:widowControl/><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="nl-NL"/></w:rPr></w:style>',
    );
    expect(style('CommentText')).toContain('<w:name w:val="annotation text"/><w:basedOn w:val="Normal"/>');
    expect(style('CommentText')).toContain(`<w:sz w:val="20"/><w:szCs w:val="20"/>${DUTCH}</w:rPr>`);

    // Every footnote paragraph is in FootnoteText, every comment paragraph in CommentText.
    const footnoteParagraphs = paragraphsOf(parts['word/footnotes.xml']!).filter((paragraph) => paragraph.text.trim() !== '');
    expect(footnoteParagraphs.map((paragraph) => [paragraph.style, paragraph.text])).toEqual([
      ['FootnoteText', ' Zie ook de geannoteerde agenda.'],
      ['FootnoteText', 'Tweede alinea – met gedachtestreepje.'],
      ['FootnoteText', ' Kamerstuk 36 045, nr. 191.'],
      ['FootnoteText', ' Kamerstukken 21 501-20, nr. 1841 en Kamerstuk 21 501-20, nr. 2229.'],
    ]);
    expect(paragraphsOf(parts['word/comments.xml']!).map((paragraph) => [paragraph.style, paragraph.text])).toEqual([
      ['CommentText', 'Klopt dit bedrag?'],
      ['CommentText', 'Citaat inkorten.'],
      ['CommentText', 'Of weglaten.'],
    ]);
  });

  it("writes headings in Word's built-in Heading styles, kept with the next paragraph and never split", () => {
    for (const [id, name] of [
      ['Heading1', 'Heading 1'],
      ['Heading2', 'Heading 2'],
      ['Heading3', 'Heading 3'],
    ]) {
      expect(style(id!)).toContain(
        `<w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:widowControl/>`,
      );
    }
    const headings = paragraphsOf(parts['word/document.xml']!).filter((paragraph) => paragraph.style?.startsWith('Heading'));
    expect(headings.map((paragraph) => [paragraph.style, paragraph.text])).toEqual([
      ['Heading1', 'Inleiding'],
      ['Heading2', 'Herstel en wederopbouw'],
    ]);
    // The style carries the keeps; the heading paragraphs add nothing of their own.
    expect(headings.map((paragraph) => paragraphProperties(paragraph.xml))).toEqual([
      '<w:pStyle w:val="Heading1"/>',
      '<w:pStyle w:val="Heading2"/>',
    ]);
  });

  it('writes list items in the List Paragraph style, which has widow control', () => {
    const items = paragraphsOf(parts['word/document.xml']!).filter((paragraph) => paragraph.xml.includes('<w:numPr>'));
    expect(items.map((item) => [item.style, item.text])).toEqual([
      ['ListParagraph', 'Herstel'],
      ['ListParagraph', 'Wederopbouw'],
      ['ListParagraph', 'Agressietribunaal'],
    ]);
    expect(style('ListParagraph')).toContain(`<w:pPr><w:widowControl/></w:pPr><w:rPr>${DUTCH}</w:rPr>`);
  });
});
