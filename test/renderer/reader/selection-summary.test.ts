import { describe, expect, it } from 'vitest';

import { countWords, sentenceSpans, summariseSelection } from '../../../renderer/reader/selection-summary';

const text = 'Het kabinet steunt Oekraïne. Zie Kamerstuk 36 045, nr. 264. Mr. R.P. Brekelmans schreef o.a. Daarna volgt meer! Slot.';
const blocks = [
  { id: 'b0', kind: 'salutation' as const, text: 'Geachte voorzitter,' },
  { id: 'b1', kind: 'paragraph' as const, text: 'Eerste alinea.' },
  { id: 'b2', kind: 'heading' as const, text: 'Kop' },
  { id: 'b3', kind: 'paragraph' as const, text: 'Tweede alinea.' },
  { id: 'b4', kind: 'paragraph' as const, text },
  { id: 'b5', kind: 'list-item' as const, text: 'Een punt.' },
];
const range = (startBlock: string, start: number, endBlock: string, end: number) => ({
  file: 'x.txt',
  start: { block: startBlock, offset: start },
  end: { block: endBlock, offset: end },
});

describe('sentences and words of a selection', () => {
  it('ends sentences at . ! ? before a capital, not after initials, titles or nr.', () => {
    expect(sentenceSpans(text).map(([s, e]) => text.slice(s, e))).toEqual([
      'Het kabinet steunt Oekraïne.',
      'Zie Kamerstuk 36 045, nr. 264.',
      'Mr. R.P. Brekelmans schreef o.a. Daarna volgt meer!',
      'Slot.',
    ]);
    expect(countWords("Vijf woorden: EU-lidstaten en 't Hof")).toBe(6);
  });

  it('counts the sentences when one or more whole sentences are selected, the words otherwise', () => {
    const second = text.indexOf('Zie');
    const third = text.indexOf('Mr.');
    expect(summariseSelection(blocks, range('b4', 0, 'b4', third))).toEqual({
      unit: 'sentences',
      count: 2,
      paragraph: 3,
      kind: 'paragraph',
    });
    expect(summariseSelection(blocks, range('b4', second, 'b4', third - 1))).toMatchObject({ unit: 'sentences', count: 1 });
    // A whole sentence and the start of the next: both touched.
    expect(summariseSelection(blocks, range('b4', 0, 'b4', second + 3))).toMatchObject({ unit: 'sentences', count: 2 });
    expect(summariseSelection(blocks, range('b4', 4, 'b4', 18))).toEqual({ unit: 'words', count: 2, paragraph: 3, kind: 'paragraph' });
  });

  it('numbers paragraphs as the sources do (body paragraphs only) and names the other parts', () => {
    expect(summariseSelection(blocks, range('b0', 0, 'b0', 7))).toEqual({ unit: 'words', count: 1, paragraph: null, kind: 'salutation' });
    expect(summariseSelection(blocks, range('b1', 3, 'b5', 2))).toEqual({ unit: 'blocks', count: 5, first: 1, last: 4 });
    expect(summariseSelection(blocks, range('b2', 0, 'b2', 3))).toMatchObject({ paragraph: null, kind: 'heading' });
    expect(summariseSelection(blocks, range('zz', 0, 'b2', 3))).toBeNull();
  });
});
