import { describe, expect, it } from 'vitest';

import { counterIds } from '../../../app/briefing/ids';
import { createPassage } from '../../../app/briefing/passage';
import { trimPassage } from '../../../app/briefing/trim';
import { cutPassageRange, keepPassageRange } from '../../../app/briefing/trim-range';
import { DossierError, errorTextIn } from '../../../app/ipc/errors';
import { sampleLetter } from './letter-fixture';

const letter = sampleLetter();
const range = (startBlock: string, start: number, endBlock: string, end: number) => ({
  start: { block: startBlock, offset: start },
  end: { block: endBlock, offset: end },
});
const whole = createPassage(letter, range('b1', 0, 'b2', 23), counterIds()).passage;
const at = (blockIndex: number, offset: number) => ({ blockIndex, offset });

/** The error `run` throws, rendered in Dutch and in English (and its plain message, always Dutch). */
function texts(run: () => unknown): { nl: string; en: string; message: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DossierError);
    expect((error as DossierError).keyed).not.toBeNull();
    return { nl: errorTextIn(error, 'nl'), en: errorTextIn(error, 'en'), message: (error as Error).message };
  }
  throw new Error('did not throw');
}

describe('passage and trim errors are keyed: Dutch as before, English where chosen (issue 21)', () => {
  it.each([
    [
      'an unknown block',
      () => createPassage(letter, range('b9', 0, 'b9', 1), counterIds()),
      'Alinea "b9" bestaat niet in de brief "brief.txt".',
      'Paragraph "b9" does not exist in the letter "brief.txt".',
    ],
    [
      'an empty selection',
      () => createPassage(letter, range('b1', 10, 'b1', 10), counterIds()),
      'Ongeldige selectie in de brief "brief.txt": de selectie in alinea 2 is leeg of loopt achteruit.',
      'Invalid selection in the letter "brief.txt": the selection in paragraph 2 is empty or runs backwards.',
    ],
    [
      'an offset outside the block',
      () => createPassage(letter, range('b1', 0, 'b1', 99), counterIds()),
      'Ongeldige selectie in de brief "brief.txt": positie 99 ligt buiten alinea 2 (0–52).',
      'Invalid selection in the letter "brief.txt": position 99 lies outside paragraph 2 (0–52).',
    ],
    [
      'an end before the start',
      () => createPassage(letter, range('b2', 0, 'b1', 5), counterIds()),
      'Ongeldige selectie in de brief "brief.txt": het einde van de selectie ligt vóór het begin.',
      'Invalid selection in the letter "brief.txt": the end of the selection lies before its start.',
    ],
    ['a missing part', () => trimPassage(whole, 3, 0, 1), 'Het citaat heeft geen deel 4.', 'The quote has no part 4.'],
    [
      'a range outside the part',
      () => trimPassage(whole, 0, 10, 60),
      'Ongeldige inkorting: 10–60 moet een niet-lege deelreeks zijn van 0–52.',
      'Invalid trim: 10–60 must be a non-empty part of 0–52.',
    ],
    [
      'a selection without quoted words',
      () => keepPassageRange(whole, at(1, 5), at(1, 5)),
      'De selectie bevat geen woorden van het citaat.',
      'The selection holds no words of the quote.',
    ],
    [
      'a cut of everything',
      () => cutPassageRange(whole, at(1, 0), at(2, 23)),
      'Dan blijft er niets over van het citaat; verwijder het citaat als u het niet meer wilt.',
      'Nothing of the quote would be left; remove the quote if you no longer want it.',
    ],
  ])('%s', (_what, run, nl, en) => {
    expect(texts(run)).toEqual({ nl, en, message: nl });
  });

  it('errorTextIn: an unkeyed error keeps its own text, anything else its fallback', () => {
    expect(errorTextIn(new DossierError('io', 'Schijf vol.'), 'en')).toBe('Schijf vol.');
    expect(errorTextIn(new Error('kapot'), 'en')).toBe('kapot');
    expect(errorTextIn('x', 'nl', 'onbekend')).toBe('onbekend');
  });
});
