import { describe, expect, it } from 'vitest';

import { counterIds } from '../../../app/briefing/ids';
import { emptyBriefing } from '../../../app/briefing/model';
import { createPassage } from '../../../app/briefing/passage';
import { checkQuotes } from '../../../app/briefing/quotes';
import { cutPassageRange, isTrimOf, keepPassageRange, quoteParagraphs } from '../../../app/briefing/trim-range';
import { sampleLetter } from './letter-fixture';

// b1: 'De leiders spraken in Berlijn. Daarna volgde Parijs.' (notes after offsets 30 and 52); b2: 'Het kabinet steunt dit.' (note at 23)
const letter = sampleLetter();
const both = createPassage(letter, { start: { block: 'b1', offset: 0 }, end: { block: 'b2', offset: 23 } }, counterIds()).passage;
const at = (blockIndex: number, offset: number) => ({ blockIndex, offset });
const faithful = (passage: typeof both) => {
  const briefing = emptyBriefing();
  briefing.body.push(passage);
  return checkQuotes(briefing, () => letter)[0]!.status;
};

describe('cutPassageRange', () => {
  it('cuts words in the middle of a part: two verbatim parts of one block, one paragraph, the note marker in the cut leaves', () => {
    // Cut "spraken in Berlijn. Daarna " (11–38) and the space before it: the note marker after "Berlijn." (30) goes with it.
    const { passage, droppedFootnotes } = cutPassageRange(both, at(1, 11), at(1, 38));
    expect(passage.parts.map((part) => [part.block, part.start, part.end, part.text])).toEqual([
      ['b1', 0, 10, 'De leiders'],
      ['b1', 38, 52, 'volgde Parijs.'],
      ['b2', 0, 23, 'Het kabinet steunt dit.'],
    ]);
    expect([passage.parts[0]!.omittedAfter, passage.parts[1]!.omittedBefore]).toEqual([true, true]);
    expect(passage.parts[1]!.children.at(-1)).toEqual({ type: 'footnote-ref', footnote: 'n2' });
    // The same letter note is anchored in b2 as well, so the briefing's note n1 stays.
    expect(passage.parts.slice(0, 2).flatMap((part) => part.children.filter((inline) => inline.type === 'footnote-ref'))).toEqual([
      { type: 'footnote-ref', footnote: 'n2' },
    ]);
    expect(droppedFootnotes).toEqual([]);
    expect(cutPassageRange({ ...both, parts: both.parts.slice(0, 1) }, at(1, 11), at(1, 38)).droppedFootnotes).toEqual(['n1']);
    expect(quoteParagraphs(passage).map((parts) => parts.length)).toEqual([2, 1]);
    expect(isTrimOf(both, passage)).toBe(true);
    expect(faithful(passage)).toBe('faithful');
  });

  it('cuts any number of middle parts, and across blocks; keeps a note whose marker ends the kept words', () => {
    let { passage } = cutPassageRange(both, at(1, 3), at(1, 11));
    passage = cutPassageRange(passage, at(1, 31), at(1, 38)).passage;
    passage = cutPassageRange(passage, at(2, 4), at(2, 12)).passage;
    expect(passage.parts.map((part) => part.text)).toEqual(['De', 'spraken in Berlijn.', 'volgde Parijs.', 'Het', 'steunt dit.']);
    expect(quoteParagraphs(passage).map((parts) => parts.map((part) => part.text).join(' […] '))).toEqual([
      'De […] spraken in Berlijn. […] volgde Parijs.',
      'Het […] steunt dit.',
    ]);
    expect(passage.parts[1]!.children.at(-1)).toEqual({ type: 'footnote-ref', footnote: 'n1' });
    // From the middle of b1 into b2: the tail of b1 and the head of b2 go.
    const across = cutPassageRange(both, at(1, 31), at(2, 12)).passage;
    expect(across.parts.map((part) => [part.text, part.omittedBefore, part.omittedAfter])).toEqual([
      ['De leiders spraken in Berlijn.', false, true],
      ['steunt dit.', true, false],
    ]);
    expect(isTrimOf(both, across)).toBe(true);
  });

  it('cuts a whole part; refuses a cut that leaves nothing or holds no quoted word', () => {
    const { passage, droppedFootnotes } = cutPassageRange(both, at(2, 0), at(2, 23));
    expect(passage.parts.map((part) => [part.block, part.omittedAfter])).toEqual([['b1', true]]);
    expect(droppedFootnotes).toEqual([]); // n1 is still referenced from b1
    expect(() => cutPassageRange(both, at(1, 0), at(2, 23))).toThrow(/niets over/);
    expect(() => cutPassageRange(both, at(1, 5), at(1, 5))).toThrow(/geen woorden/);
  });
});

describe('keepPassageRange', () => {
  it('keeps only the words between two points (in either order), marking what went', () => {
    const { passage, droppedFootnotes } = keepPassageRange(both, at(2, 12), at(1, 30));
    expect(passage.parts.map((part) => [part.text, part.omittedBefore, part.omittedAfter])).toEqual([
      ['Daarna volgde Parijs.', true, false],
      ['Het kabinet', false, true],
    ]);
    expect(droppedFootnotes).toEqual(['n1']);
    expect(faithful(passage)).toBe('faithful');
  });
});

describe('isTrimOf', () => {
  it('refuses changed words, words outside the original, and parts out of order', () => {
    const cut = cutPassageRange(both, at(1, 11), at(1, 38)).passage;
    const changed = { ...cut, parts: cut.parts.map((part, i) => (i === 0 ? { ...part, text: 'De lijders ' } : part)) };
    const widened = { ...cut, parts: [{ ...cut.parts[0]!, end: 60 }] };
    const swapped = { ...cut, parts: [cut.parts[1]!, cut.parts[0]!] };
    expect([isTrimOf(both, changed), isTrimOf(both, widened), isTrimOf(both, swapped)]).toEqual([false, false, false]);
  });
});
