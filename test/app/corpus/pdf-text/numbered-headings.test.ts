import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { classifyParagraphs } from '../../../../app/corpus/block-kinds';
import { parseExtractedPdf } from '../../../../app/corpus/pdf-text';
import { numberedHeadings } from '../../../../app/corpus/pdf-text/numbered-headings';

const DIR = fileURLToPath(new URL('../../../fixtures/pdf/', import.meta.url));
const kinds = (texts: string[]) =>
  classifyParagraphs(numberedHeadings(texts.map((text) => ({ text, notes: [] })))).blocks.map((b) => [b.kind, b.text.slice(0, 20)]);

describe('PDF text: numbered headings (`1. Inleiding`) told from list items', () => {
  it.each(['pdftotext', 'layout', 'pdfjs'] as const)(
    'lo-brief-a4 (%s): the three numbered section titles are headings, as the native PDF has them',
    (variant) => {
      const parsed = parseExtractedPdf(readFileSync(`${DIR}lo-brief-a4.${variant}.txt`, 'utf8'));
      const { blocks } = classifyParagraphs(parsed.paragraphs);
      expect(blocks.filter((b) => /^\d\. /.test(b.text)).map((b) => [b.kind, b.text])).toEqual([
        ['heading', '1. Militaire steun'],
        ['heading', '2. Humanitaire hulp en wederopbouw'],
        ['heading', '3. Sancties'],
      ]);
    },
  );

  it('a sequence of short numbered lines each followed by text: headings', () => {
    expect(kinds(['1. Inleiding', 'Met deze brief informeer ik u.', '2. Stand van zaken', 'Het gaat goed.'])).toEqual([
      ['heading', '1. Inleiding'],
      ['paragraph', 'Met deze brief infor'],
      ['heading', '2. Stand van zaken'],
      ['paragraph', 'Het gaat goed.'],
    ]);
  });

  it('a list stays a list: items after each other, items ending as a sentence, one numbered line alone', () => {
    expect(kinds(['Het gaat om:', '1. Defensie', '2. Justitie', 'Daarmee is het rond.']).map((k) => k[0])).toEqual([
      'paragraph',
      'list-item',
      'list-item',
      'paragraph',
    ]);
    expect(kinds(['1. De eerste maatregel.', 'Toelichting.', '2. De tweede maatregel.', 'Toelichting.']).map((k) => k[0])).toEqual([
      'list-item',
      'paragraph',
      'list-item',
      'paragraph',
    ]);
    expect(kinds(['Inleiding van de brief.', '3. Sancties', 'De naleving wordt gecontroleerd.']).map((k) => k[0])).toEqual([
      'paragraph',
      'list-item',
      'paragraph',
    ]);
  });
});
