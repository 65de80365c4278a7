import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { decodeLetterBytes } from '../../../app/corpus';
import { decodeBytes, parseLetterBytes } from '../../../main/corpus/parse-bytes';

describe('decodeBytes', () => {
  it('reads UTF-8 with and without BOM natively and leaves other encodings to the app decoder', () => {
    expect(decodeBytes(Uint8Array.of(0xef, 0xbb, 0xbf, 0x43, 0x61, 0x66, 0xc3, 0xa9, 0x0d, 0x0a, 0x78))).toBe('Café\nx');
    expect(decodeBytes(Uint8Array.of(0x43, 0x61, 0x66, 0xe9, 0x0d, 0x80))).toBe('Café\n€');
    expect(decodeBytes(Uint8Array.of(0xff, 0xfe, 0x41, 0x00, 0x0d, 0x00))).toBe('A\n');
    expect(decodeBytes(Uint8Array.of(0xed, 0xa0, 0x80))).toBe('í\u00a0€');
  });

  it('gives exactly what decodeLetterBytes gives, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        expect(decodeBytes(bytes)).toBe(decodeLetterBytes(bytes));
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const bytes = new TextEncoder().encode(s);
        expect(decodeBytes(bytes)).toBe(decodeLetterBytes(bytes));
      }),
    );
  });

  it('parses a letter from its bytes', () => {
    const outcome = parseLetterBytes('x.txt', new TextEncoder().encode(' Geachte voorzitter,\nDit gaat over Oekraïne.\n'), 'h');
    expect(outcome.ok && outcome.letter.blocks.map((b) => b.text)).toEqual(['Geachte voorzitter,', 'Dit gaat over Oekraïne.']);
  });
});
