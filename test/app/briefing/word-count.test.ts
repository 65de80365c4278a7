import { describe, expect, it } from 'vitest';

import { countWords } from '../../../app/briefing/word-count';

describe('countWords', () => {
  it('counts words the way a word processor does', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  De steun aan Oekraïne, 2026.  ')).toBe(5);
    expect(countWords("'s-Gravenhage en EU-lidstaten — ’t is één ding")).toBe(7);
    expect(countWords('zo … dus')).toBe(2);
  });
});
