import { describe, expect, it } from 'vitest';

import type { Briefing, Passage } from '../../../../app/briefing/model';
import { briefingToDocx } from '../../../../app/export/docx/index';
import { SHORT_QUOTE_CHARS } from '../../../../app/export/docx/passage';
import { sampleBriefing } from './fixture';
import { paragraphProperties, paragraphsOf, readDocx } from './read-docx';

/** Style and paragraph properties of each body paragraph from the first heading on. */
async function bodyParagraphs(briefing: Briefing) {
  const paragraphs = paragraphsOf(readDocx(await briefingToDocx(briefing))['word/document.xml']!);
  return paragraphs.slice(paragraphs.findIndex((paragraph) => paragraph.style === 'Heading1'));
}

/** A passage of two parts: a short one and one longer than SHORT_QUOTE_CHARS. */
function twoPartPassage(): Passage {
  const short = 'Het kabinet blijft Oekraïne steunen.';
  const long = `${'De steun omvat militaire, financiële en humanitaire hulp, en hulp bij de wederopbouw. '.repeat(7)}Dat blijft zo.`;
  const part = (text: string, blockIndex: number) => ({
    block: `b${blockIndex}`,
    blockIndex,
    blockKind: 'paragraph',
    start: 0,
    end: text.length,
    text,
    children: [{ type: 'text' as const, text }],
    omittedBefore: false,
    omittedAfter: false,
  });
  return {
    type: 'passage',
    id: 'p-two',
    source: { file: '002_5a2fb29aceb06802.txt', hash: 'e'.repeat(64), title: null, date: null, kind: 'Kamerbrief', kamerstuk: null },
    citation: 'Kamerbrief, alinea 7 en 8',
    parts: [part(short, 7), part(long, 8)],
  };
}

describe('briefingToDocx keeps passages together', () => {
  it('keeps the last quoted paragraph with the citation line after it, short quotes unsplit', async () => {
    const paragraphs = await bodyParagraphs(sampleBriefing('line'));
    const rows = paragraphs
      .filter((paragraph) => paragraph.style === 'Quote' || paragraph.style === 'SourceCitation')
      .map((paragraph) => [paragraphProperties(paragraph.xml), paragraph.text.slice(0, 30)]);
    expect(rows).toEqual([
      ['<w:pStyle w:val="Quote"/><w:keepNext/><w:keepLines/>', '[…] met inachtneming van de mo'],
      ['<w:pStyle w:val="SourceCitation"/><w:keepLines/>', 'Kamerbrief, 4 maart 2025, alin'],
      ['<w:pStyle w:val="Quote"/><w:keepNext/><w:keepLines/>', '[…] In 2025 is belangrijke voo'],
      ['<w:pStyle w:val="SourceCitation"/><w:keepLines/>', 'Kamerbrief "Staat van de oorlo'],
    ]);
  });

  it('with citations in footnotes, keeps nothing with the paragraph after the passage', async () => {
    const quotes = (await bodyParagraphs(sampleBriefing('footnote'))).filter((paragraph) => paragraph.style === 'Quote');
    expect(quotes.map((paragraph) => paragraphProperties(paragraph.xml))).toEqual([
      '<w:pStyle w:val="Quote"/><w:keepLines/>',
      '<w:pStyle w:val="Quote"/><w:keepLines/>',
    ]);
  });

  it('chains every paragraph of a passage to the next; only short ones are kept unsplit', async () => {
    const passage = twoPartPassage();
    expect(passage.parts[0]!.text.length).toBeLessThanOrEqual(SHORT_QUOTE_CHARS);
    expect(passage.parts[1]!.text.length).toBeGreaterThan(SHORT_QUOTE_CHARS);
    const briefing = sampleBriefing('line');
    briefing.body = [
      { type: 'heading', level: 1, children: [{ type: 'text', text: 'Steun' }] },
      passage,
      { type: 'paragraph', children: [{ type: 'text', text: 'Daarna.' }] },
    ];
    const rows = (await bodyParagraphs(briefing)).map((paragraph) => [paragraphProperties(paragraph.xml), paragraph.text.slice(0, 20)]);
    expect(rows).toEqual([
      ['<w:pStyle w:val="Heading1"/>', 'Steun'],
      ['<w:pStyle w:val="Quote"/><w:keepNext/><w:keepLines/>', 'Het kabinet blijft O'],
      ['<w:pStyle w:val="Quote"/><w:keepNext/>', 'De steun omvat milit'],
      ['<w:pStyle w:val="SourceCitation"/><w:keepLines/>', 'Kamerbrief, alinea 7'],
      ['', 'Daarna.'],
    ]);
  });
});
