import { describe, expect, it } from 'vitest';

import { highlightSegments } from '../../../renderer/ui/highlight';

describe('highlightSegments', () => {
  it('marks the ranges and keeps the rest as plain runs', () => {
    expect(highlightSegments('moties Timmermans en Yesilgöz', [[21, 29]])).toEqual([
      { text: 'moties Timmermans en ', mark: false },
      { text: 'Yesilgöz', mark: true },
    ]);
  });

  it('merges overlapping and touching ranges, sorts them and clamps to the text', () => {
    expect(
      highlightSegments('abcdefghij', [
        [6, 20],
        [0, 2],
        [1, 3],
        [3, 4],
      ]),
    ).toEqual([
      { text: 'abcd', mark: true },
      { text: 'ef', mark: false },
      { text: 'ghij', mark: true },
    ]);
  });

  it('ignores empty and reversed ranges', () => {
    expect(
      highlightSegments('Kamerstuk', [
        [4, 4],
        [5, 2],
      ]),
    ).toEqual([{ text: 'Kamerstuk', mark: false }]);
  });
});
