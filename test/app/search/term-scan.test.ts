import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { tokenize } from '../../../app/corpus/search-text';
import { hashTerm, hasPhrases, scanBytes, scanTerms } from '../../../app/search/term-scan';
import { TermTable } from '../../../app/search/term-table';

const reference = (text: string): string[] =>
  tokenize(text)
    .map((t) => t.norm)
    .filter((t) => t.length > 0);

describe('scanTerms', () => {
  it('folds case and diacritics and splits on everything but letters, digits and marks', () => {
    expect(scanTerms('Yeşilgöz-Zegerius (VVD): NAVO’s 2025Z15748, café Oekraïne')).toEqual([
      'yesilgoz',
      'zegerius',
      'vvd',
      'navo',
      's',
      '2025z15748',
      'cafe',
      'oekraine',
    ]);
    // A combining accent after an ASCII letter continues the word; a lone mark folds to nothing.
    expect(scanTerms('cafe\u0301 \u0301 𝐀bc')).toEqual(['cafe', '𝐀bc']);
  });

  it('finds exactly the terms of tokenize (the highlighter) on any text', () => {
    const chars = fc.constantFrom(
      ...['a', 'Z', 'é', '\u0301', 'ß', 'İ', '٣', '𝐀', '😀', '\uD800', '\uDC00', '’', ' ', '-', '.', 'Ö', 'ﬁ', '1', '\n'],
    );
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 30 }).map((a) => a.join('')),
        (s) => {
          expect(scanTerms(s)).toEqual(reference(s));
        },
      ),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(scanTerms(s)).toEqual(reference(s));
      }),
    );
  });
});

/** The terms scanBytes finds in the UTF-8 form of `text`, placed at an offset in a larger buffer. */
const byteTerms = (text: string): string[] => {
  const encoded = new TextEncoder().encode(text);
  const bytes = new Uint8Array(encoded.length + 4).fill(0x61); // 'a' around it: the scan must stay inside its range
  bytes.set(encoded, 2);
  const out: string[] = [];
  scanBytes(bytes, 2, 2 + encoded.length, {
    asciiBytes: (b, start, end, hash) => {
      const term = new TextDecoder().decode(b.subarray(start, end)).toLowerCase();
      expect(hash).toBe(hashTerm(term));
      out.push(term);
    },
    other: (term) => out.push(term),
  });
  return out;
};

describe('scanBytes', () => {
  it('scans only its byte range, and gives each ASCII term its hash', () => {
    expect(byteTerms('Yeşilgöz-Zegerius (VVD): NAVO’s 2025Z15748, café Oekraïne')).toEqual(
      scanTerms('Yeşilgöz-Zegerius (VVD): NAVO’s 2025Z15748, café Oekraïne'),
    );
    expect(byteTerms('cafe\u0301 \u0301 𝐀bc ok\uD800x')).toEqual(['cafe', '𝐀bc', 'ok', 'x']);
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(byteTerms(s)).toEqual(reference(s));
      }),
    );
  });
});

describe('TermTable', () => {
  it('gives one id per folded term, matching ASCII runs in place, and counts per document', () => {
    const table = new TermTable();
    const bytes = new TextEncoder().encode('Kabinet kabinet KABINET steun');
    table.asciiBytes(bytes, 0, 7, hashTerm('kabinet'));
    table.asciiBytes(bytes, 8, 15, hashTerm('kabinet'));
    table.asciiBytes(bytes, 16, 23, hashTerm('kabinet'));
    table.other('oekraine');
    table.asciiBytes(bytes, 24, 29, hashTerm('steun'));
    expect(table.terms).toEqual(['kabinet', 'oekraine', 'steun']);
    expect(table.seen).toEqual([0, 1, 2]);
    expect([...table.counts.slice(0, 3)]).toEqual([3, 1, 1]);
    expect(table.length).toBe(5);
  });

  it('keeps ids stable while the table grows', () => {
    const table = new TermTable();
    for (let i = 0; i < 5000; i++) table.other(`w${i}`);
    table.other('w17');
    table.other('w4999');
    expect(table.terms).toHaveLength(5000);
    expect(table.counts[17]).toBe(2);
    expect(table.counts[4999]).toBe(2);
  });
});

describe('hasPhrases', () => {
  it('finds phrases as adjacent folded terms only', () => {
    const text = 'De vrede in Oekraïne, zei de MINISTER-president.';
    expect(hasPhrases(text, [['vrede', 'in', 'oekraine']])).toBe(true);
    expect(
      hasPhrases(text, [
        ['vrede', 'in', 'oekraine'],
        ['minister', 'president'],
      ]),
    ).toBe(true);
    expect(hasPhrases(text, [['oekraine', 'in', 'vrede']])).toBe(false);
    expect(hasPhrases(text, [['vrede', 'oekraine']])).toBe(false);
    expect(
      hasPhrases(text, [
        ['vrede', 'in', 'oekraine'],
        ['de', 'vrede', 'zei'],
      ]),
    ).toBe(false);
  });
});
