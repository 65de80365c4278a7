import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { counterIds } from '../../../app/briefing/ids';
import type { PassagePart } from '../../../app/briefing/model';
import { createPassage } from '../../../app/briefing/passage';
import { trimPassage } from '../../../app/briefing/trim';
import { loadSampleCorpus } from './sample-corpus';

const letters = loadSampleCorpus();
const runsText = (part: PassagePart) => part.children.map((inline) => (inline.type === 'text' ? inline.text : '')).join('');
const refCount = (part: PassagePart) => part.children.filter((inline) => inline.type === 'footnote-ref').length;

/** A block with text from any sample letter, and a non-empty range in it. */
const quoteArb = fc
  .tuple(fc.nat(letters.length - 1), fc.nat(), fc.nat(), fc.nat())
  .map(([letterIndex, blockSeed, a, b]) => {
    const letter = letters[letterIndex]!;
    const candidates = letter.blocks.filter((block) => block.text.length > 1);
    const block = candidates[blockSeed % candidates.length]!;
    const x = a % (block.text.length + 1);
    const y = b % (block.text.length + 1);
    return { letter, block, start: Math.min(x, y), end: Math.max(x, y) };
  })
  .filter(({ start, end }) => end > start);

describe('createPassage and trimPassage invariants on the sample letters', () => {
  it('the quoted text is the verbatim slice, runs add up to it, notes are those anchored in (start, end]', () => {
    fc.assert(
      fc.property(quoteArb, fc.nat(), fc.nat(), ({ letter, block, start, end }, c, d) => {
        const { passage, footnotes } = createPassage(
          letter,
          { start: { block: block.id, offset: start }, end: { block: block.id, offset: end } },
          counterIds(),
        );
        const part = passage.parts[0]!;
        const inside = block.notes.filter((anchor) => anchor.offset > start && anchor.offset <= end);
        expect(part.text).toBe(block.text.slice(start, end));
        expect(runsText(part)).toBe(part.text);
        expect(refCount(part)).toBe(inside.length);
        expect(footnotes.map((note) => note.text).sort()).toEqual(
          [...new Set(inside.map((anchor) => anchor.footnote))].map((id) => letter.footnotes.find((note) => note.id === id)!.text).sort(),
        );

        const x = start + (c % (end - start + 1));
        const y = start + (d % (end - start + 1));
        if (x === y) return;
        const trimmed = trimPassage(passage, 0, Math.min(x, y), Math.max(x, y)).passage.parts[0]!;
        expect(trimmed.text).toBe(block.text.slice(Math.min(x, y), Math.max(x, y)));
        expect(runsText(trimmed)).toBe(trimmed.text);
        expect(refCount(trimmed)).toBe(inside.filter((anchor) => anchor.offset > Math.min(x, y) && anchor.offset <= Math.max(x, y)).length);
      }),
      { numRuns: 300 },
    );
  });
});
