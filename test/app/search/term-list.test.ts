import { describe, expect, it } from 'vitest';

import { termRange } from '../../../app/search/search-terms';
import { ArrayTerms, PackedTerms, termStarts } from '../../../app/search/term-list';

const pack = (terms: string[]): PackedTerms => {
  const bytes = new TextEncoder().encode(terms.join('\u0000'));
  return new PackedTerms(bytes, termStarts(bytes, terms.length)!);
};

// Sorted as the index sorts (UTF-16 code units): U+FB01 (ﬁ) after U+1D465 (𝑥, a surrogate pair), unlike UTF-8 byte order.
const TERMS = [
  '2025z15748',
  'a',
  'ab',
  'abc',
  'café',
  'cafe',
  'oekraine',
  'oekraïne',
  'yesilgoz',
  'z',
  'zz',
  '中国',
  '𝑥',
  '𝑥y',
  'ﬁ',
  'ﬁn',
].sort();

describe('packed term dictionary', () => {
  it('compares, reads and prefix-matches each stored term exactly as the split strings do', () => {
    const packed = pack(TERMS);
    const split = new ArrayTerms(TERMS);
    expect(packed.length).toBe(TERMS.length);
    const probes = [...TERMS, '', 'a', 'b', 'caf', 'cafë', 'oekr', 'oekraïn', 'zzz', '中', '\ud835', '𝑥z', 'ﬀ', 'ﬁo', '\uffff'];
    for (let i = 0; i < TERMS.length; i++) {
      expect(packed.at(i)).toBe(TERMS[i]);
      for (const p of probes) {
        expect([p, Math.sign(packed.compare(i, p))]).toEqual([p, Math.sign(split.compare(i, p))]);
        expect([p, packed.startsWith(i, p)]).toEqual([p, TERMS[i]!.startsWith(p)]);
      }
    }
    for (const p of probes) {
      for (const prefix of [false, true])
        expect([p, prefix, termRange(packed, p, prefix)]).toEqual([p, prefix, termRange(split, p, prefix)]);
    }
    expect(termRange(packed, 'oekra', true)).toEqual([TERMS.indexOf('oekraine'), TERMS.indexOf('oekraïne') + 1]);
    expect(termRange(packed, '𝑥', true)).toEqual([TERMS.indexOf('𝑥'), TERMS.indexOf('𝑥y') + 1]);
  });

  it('finds where the terms start, and refuses bytes holding another number of terms', () => {
    const bytes = new TextEncoder().encode(['a', 'bé', 'c'].join('\u0000'));
    expect([...termStarts(bytes, 3)!]).toEqual([0, 2, 6, 8]);
    expect(termStarts(bytes, 2)).toBeNull();
    expect(termStarts(bytes, 4)).toBeNull();
    expect([...termStarts(new Uint8Array(0), 0)!]).toEqual([0]);
    expect(termStarts(bytes, 0)).toBeNull();
  });
});
