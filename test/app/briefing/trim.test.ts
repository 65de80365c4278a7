import { describe, expect, it } from 'vitest';

import { counterIds } from '../../../app/briefing/ids';
import { createPassage } from '../../../app/briefing/passage';
import { trimPassage } from '../../../app/briefing/trim';
import { sampleLetter } from './letter-fixture';

const whole = createPassage(sampleLetter(), { start: { block: 'b1', offset: 0 }, end: { block: 'b1', offset: 52 } }, counterIds()).passage;

describe('trimPassage', () => {
  it('keeps a sub-range verbatim, marks the omission and drops notes outside it', () => {
    const { passage, droppedFootnotes } = trimPassage(whole, 0, 31, 52);
    const part = passage.parts[0]!;
    expect(part.text).toBe('Daarna volgde Parijs.');
    expect([part.start, part.end, part.omittedBefore, part.omittedAfter]).toEqual([31, 52, true, false]);
    expect(part.children).toEqual([
      { type: 'text', text: 'Daarna volgde Parijs.' },
      { type: 'footnote-ref', footnote: 'n2' },
    ]);
    expect(droppedFootnotes).toEqual(['n1']);
  });

  it('keeps a note whose marker follows the last kept word', () => {
    const { passage, droppedFootnotes } = trimPassage(whole, 0, 4, 30);
    expect(passage.parts[0]!.children).toEqual([
      { type: 'text', text: 'eiders spraken in Berlijn.' },
      { type: 'footnote-ref', footnote: 'n1' },
    ]);
    expect(passage.parts[0]!.omittedBefore).toBe(true);
    expect(passage.parts[0]!.omittedAfter).toBe(true);
    expect(droppedFootnotes).toEqual(['n2']);
  });

  it('cutting only a space or punctuation is no omission; comments on runs survive', () => {
    const commented = {
      ...whole,
      parts: [
        {
          ...whole.parts[0]!,
          children: whole.parts[0]!.children.map((inline) => (inline.type === 'text' ? { ...inline, comments: ['c1'] } : inline)),
        },
      ],
    };
    const { passage } = trimPassage(commented, 0, 0, 51);
    expect(passage.parts[0]!.omittedAfter).toBe(false);
    expect(passage.parts[0]!.text).toBe('De leiders spraken in Berlijn. Daarna volgde Parijs');
    expect(passage.parts[0]!.children[2]).toEqual({ type: 'text', text: ' Daarna volgde Parijs', comments: ['c1'] });
  });

  it('refuses ranges outside the part or empty ones', () => {
    const trimmed = trimPassage(whole, 0, 31, 52).passage;
    expect(() => trimPassage(trimmed, 0, 10, 40)).toThrow(/Ongeldige inkorting: 10–40/);
    expect(() => trimPassage(whole, 0, 5, 5)).toThrow(/niet-lege deelreeks/);
    expect(() => trimPassage(whole, 3, 0, 1)).toThrow(/geen deel 4/);
  });
});
