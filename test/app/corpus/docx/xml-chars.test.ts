import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { hasForbiddenUtf8 } from '../../../../app/corpus/docx/xml-chars';

/** The rule on the decoded text (XML 1.0 §2.2), as the scanner applied it before. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const byText = (bytes: Uint8Array): boolean => FORBIDDEN.test(new TextDecoder().decode(bytes));

describe('hasForbiddenUtf8: forbidden XML characters found on the bytes', () => {
  it('finds C0 controls, U+FFFE and U+FFFF wherever they stand, and nothing in plain text', () => {
    const enc = new TextEncoder();
    expect(hasForbiddenUtf8(enc.encode('<w:t>Oekraïne — Yeşilgöz\t\r\n</w:t>'))).toBe(false);
    for (const bad of ['\u0000', '\u0001', '\u001f', '\u000b', '\uFFFE', '\uFFFF']) {
      for (const at of [0, 1, 2, 3, 4, 5, 37]) {
        const bytes = enc.encode(`${'a'.repeat(at)}${bad}${'b'.repeat(9)}`);
        expect(hasForbiddenUtf8(bytes)).toBe(true);
        expect(hasForbiddenUtf8(bytes.subarray(at))).toBe(true); // another alignment
      }
    }
    // After a broken sequence the decoder starts again at EF: still U+FFFE.
    expect(hasForbiddenUtf8(new Uint8Array([0x61, 0xe2, 0xef, 0xbf, 0xbe]))).toBe(true);
    expect(hasForbiddenUtf8(new Uint8Array([0x61, 0xef, 0xbf, 0xbd]))).toBe(false); // U+FFFD is allowed
  });

  it('agrees with the rule on the decoded text for any bytes, at any offset', () => {
    const bytes = fc.array(
      fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x20, 0x61, 0xc3, 0xab, 0xef, 0xbf, 0xbe, 0xed, 0xa0, 0x0a)),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(bytes, fc.integer({ min: 0, max: 3 }), (list, offset) => {
        const all = new Uint8Array([...Array<number>(offset).fill(0x61), ...list]);
        const view = all.subarray(offset);
        expect(hasForbiddenUtf8(view)).toBe(byText(view));
      }),
      { numRuns: 5000 },
    );
  });
});
