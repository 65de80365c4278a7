import { describe, expect, it } from 'vitest';

import {
  findInSegments,
  findInText,
  type FindSegment,
  replaceAllCounts,
  replaceInSegment,
  stepMatch,
} from '../../../app/briefing/find-replace';

const plain = { matchCase: false, wholeWord: false };

describe('findInText', () => {
  it('finds every match, ignoring case by default', () => {
    expect(findInText('Oekraïne en oekraïne en OEKRAÏNE', 'oekraïne', plain)).toEqual([
      { start: 0, end: 8 },
      { start: 12, end: 20 },
      { start: 24, end: 32 },
    ]);
  });

  it('with match case only finds the case typed', () => {
    expect(findInText('Steun en steun', 'steun', { matchCase: true, wholeWord: false })).toEqual([{ start: 9, end: 14 }]);
  });

  it('keeps Dutch diacritics literal: e never finds é or ë', () => {
    expect(findInText('financiële steun, één keer', 'financiele', plain)).toEqual([]);
    expect(findInText('één keer', 'een', plain)).toEqual([]);
    expect(findInText('ÉÉN keer', 'één', plain)).toEqual([{ start: 0, end: 3 }]);
    // A decomposed query still finds the composed text.
    expect(findInText('coördinatie', 'coo\u0308rdinatie', plain)).toEqual([{ start: 0, end: 11 }]);
  });

  it('with whole word skips matches inside words, letters with diacritics counting as letters', () => {
    const text = 'steun steunpakket, steun. ondersteun ésteun';
    expect(findInText(text, 'steun', { matchCase: false, wholeWord: true })).toEqual([
      { start: 0, end: 5 },
      { start: 19, end: 24 },
    ]);
  });

  it('takes regular-expression characters literally and finds nothing for an empty query', () => {
    expect(findInText('a.b axb (c)', 'a.b', plain)).toEqual([{ start: 0, end: 3 }]);
    expect(findInText('(c) [d]', '(c)', plain)).toEqual([{ start: 0, end: 3 }]);
    expect(findInText('anything', '', plain)).toEqual([]);
  });
});

describe('segments', () => {
  const segments: FindSegment[] = [
    { id: 'p1', text: 'De steun aan Oekraïne.', replaceable: true },
    { id: 'q1', text: 'Het kabinet zet de steun voort.', replaceable: false },
    { id: 'p2', text: 'Steun, steun en nog eens steun.', replaceable: true },
  ];

  it('lists matches in document order, those in a passage not replaceable', () => {
    const matches = findInSegments(segments, 'steun', plain);
    expect(matches.map((match) => [match.segment, match.start, match.replaceable])).toEqual([
      ['p1', 3, true],
      ['q1', 19, false],
      ['p2', 0, true],
      ['p2', 7, true],
      ['p2', 25, true],
    ]);
    expect(replaceAllCounts(matches)).toEqual({ replaced: 4, skipped: 1 });
  });

  it('replaces in own text only, the replacement taken literally', () => {
    expect(replaceInSegment(segments[2]!, 'steun', 'hulp $&', plain)).toBe('hulp $&, hulp $& en nog eens hulp $&.');
    expect(replaceInSegment(segments[1]!, 'steun', 'hulp', plain)).toBe(segments[1]!.text);
  });
});

describe('stepMatch', () => {
  it('moves forward and back, wrapping around', () => {
    expect(stepMatch(3, -1, 1)).toBe(0);
    expect(stepMatch(3, -1, -1)).toBe(2);
    expect(stepMatch(3, 2, 1)).toBe(0);
    expect(stepMatch(3, 0, -1)).toBe(2);
    expect(stepMatch(0, 0, 1)).toBe(-1);
  });
});
