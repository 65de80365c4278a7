import { describe, expect, it } from 'vitest';

import { counterIds } from '../../../app/briefing/ids';
import { type Briefing, emptyBriefing } from '../../../app/briefing/model';
import { createPassage } from '../../../app/briefing/passage';
import { checkQuotes } from '../../../app/briefing/quotes';
import { trimPassage } from '../../../app/briefing/trim';
import type { Letter } from '../../../app/corpus/types';
import { sampleLetter } from './letter-fixture';

function briefingQuoting(letter: Letter, trim?: [number, number]): Briefing {
  const briefing = emptyBriefing();
  const created = createPassage(letter, { start: { block: 'b1', offset: 0 }, end: { block: 'b1', offset: 52 } }, counterIds());
  briefing.body.push(trim ? trimPassage(created.passage, 0, trim[0], trim[1]).passage : created.passage);
  briefing.footnotes.push(...created.footnotes);
  return briefing;
}

const lookupOf = (letter: Letter | undefined) => (file: string) => (letter && file === letter.file ? letter : undefined);

describe('checkQuotes', () => {
  it('faithful when the letter is unchanged', () => {
    const letter = sampleLetter();
    expect(checkQuotes(briefingQuoting(letter), lookupOf(letter))).toEqual([
      { passage: 'n3', status: 'faithful', message: 'Het citaat klopt met de brief.' },
    ]);
  });

  it('a trimmed quote stays faithful, also when the letter changed elsewhere', () => {
    const original = sampleLetter();
    const briefing = briefingQuoting(original, [31, 52]);
    const edited = sampleLetter({
      hash: 'bbb222',
      blocks: original.blocks.map((block) =>
        block.id === 'b1' ? { ...block, text: 'Die leiders spraken in Berlijn. Daarna volgde Parijs.' } : block,
      ),
    });
    // The kept words moved by one character: found again in the letter, so still faithful.
    expect(checkQuotes(briefing, lookupOf(edited))[0]).toMatchObject({
      status: 'faithful',
      message: expect.stringMatching(/andere plaats/),
    });
    const elsewhere = sampleLetter({
      hash: 'ccc333',
      blocks: original.blocks.map((block) => (block.id === 'b0' ? { ...block, text: 'Voorzitter,' } : block)),
    });
    expect(checkQuotes(briefing, lookupOf(elsewhere))[0]).toEqual({
      passage: 'n3',
      status: 'faithful',
      message: 'Het citaat klopt nog; de brief is sinds het citeren elders gewijzigd.',
    });
  });

  it('changed when the quoted words are different now', () => {
    const original = sampleLetter();
    const edited = sampleLetter({
      hash: 'ddd',
      blocks: original.blocks.map((block) =>
        block.id === 'b1' ? { ...block, text: 'De leiders spraken in Rome. Daarna volgde Parijs.' } : block,
      ),
    });
    expect(checkQuotes(briefingQuoting(original), lookupOf(edited))[0]).toEqual({
      passage: 'n3',
      status: 'changed',
      message: 'De geciteerde tekst uit alinea 1 van "Stand van zaken" komt niet meer overeen met de brief.',
    });
  });

  it('changed when a quoted footnote reads differently', () => {
    const original = sampleLetter();
    const edited = sampleLetter({
      footnotes: original.footnotes.map((note) => (note.id === 'fn3' ? { ...note, text: 'Kamerstuk 36 045, nr. 216' } : note)),
    });
    expect(checkQuotes(briefingQuoting(original), lookupOf(edited))[0]).toMatchObject({
      status: 'changed',
      message: 'Voetnoot 2 in "Stand van zaken" luidt nu anders dan in het citaat.',
    });
  });

  it('missing when the letter or the block is gone', () => {
    const original = sampleLetter();
    const briefing = briefingQuoting(original);
    expect(checkQuotes(briefing, lookupOf(undefined))[0]).toEqual({
      passage: 'n3',
      status: 'missing',
      message: 'De brief "Stand van zaken" staat niet (meer) in het corpus.',
    });
    const shorter = sampleLetter({ blocks: original.blocks.filter((block) => block.id !== 'b1') });
    expect(checkQuotes(briefing, lookupOf(shorter))[0]).toMatchObject({
      status: 'missing',
      message: expect.stringMatching(/^Alinea 1 van "Stand van zaken" bestaat niet meer/),
    });
  });
});
