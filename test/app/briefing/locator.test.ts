import { describe, expect, it } from 'vitest';

import { bodyParagraphNumbers, formatLocator, formatPages, formatParagraphs } from '../../../app/briefing/locator';
import type { Block } from '../../../app/corpus/types';

describe('bodyParagraphNumbers', () => {
  it('counts body paragraphs only: not the reference column, salutation, headings, closing or signature', () => {
    const kinds: Block['kind'][] = [
      'reference',
      'reference',
      'salutation',
      'paragraph',
      'heading',
      'paragraph',
      'list-item',
      'question',
      'answer',
      'table',
      'closing',
      'signature',
    ];
    expect(bodyParagraphNumbers(kinds.map((kind) => ({ kind })))).toEqual([null, null, null, 1, null, 2, 3, 4, 5, 6, null, null]);
  });
});

describe('locators', () => {
  it('gives pages, first to last', () => {
    expect(formatPages([3])).toBe('p. 3');
    expect(formatPages([4, 3])).toBe('p. 3-4');
    expect(formatPages([])).toBeNull();
  });

  it('gives paragraphs, ranges and lists', () => {
    expect(formatParagraphs([4])).toBe('alinea 4');
    expect(formatParagraphs([4, 5, 6])).toBe("alinea's 4–6");
    expect(formatParagraphs([4, 6, 9])).toBe("alinea's 4, 6 en 9");
  });

  it('prefers pages when every part has one, else paragraphs; a heading alone has none', () => {
    expect(formatLocator([{ page: 3, paragraph: 7 }])).toBe('p. 3');
    expect(formatLocator([{ page: 3, paragraph: 7 }, { paragraph: 8 }])).toBe("alinea's 7–8");
    expect(formatLocator([{}])).toBeNull();
  });
});
