import { describe, expect, it } from 'vitest';

import { decodeLetterBytes } from '../../../app/corpus';
import { parseLetter } from '../../../app/corpus';
import { sampleText } from './samples';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const utf16le = (s: string) => new Uint8Array([0xff, 0xfe, ...Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
  return new Uint8Array([0xfe, 0xff, ...be]);
};
/** Windows-1252 encoder for the characters of the samples (Latin-1 plus the 0x80–0x9F table). */
const cp1252 = (s: string) => {
  const high: Record<string, number> = {
    '€': 0x80,
    '‘': 0x91,
    '’': 0x92,
    '“': 0x93,
    '”': 0x94,
    '–': 0x96,
    '—': 0x97,
    '•': 0x95,
  };
  return new Uint8Array(
    [...s].map((ch) => {
      const code = ch.codePointAt(0)!;
      if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
      const b = high[ch];
      if (b === undefined) throw new Error(`not in cp1252: ${ch}`);
      return b;
    }),
  );
};

describe('decodeLetterBytes', () => {
  it('decodes each encoding and BOM to the same text', () => {
    const text = 'Oekraïne – “NAVO-luchtruim” € ’s\nregel 2';
    expect(decodeLetterBytes(utf8(text))).toBe(text);
    expect(decodeLetterBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]))).toBe(text);
    expect(decodeLetterBytes(utf16le(text))).toBe(text);
    expect(decodeLetterBytes(utf16be(text))).toBe(text);
    expect(decodeLetterBytes(cp1252(text))).toBe(text);
  });

  it('reads invalid UTF-8 as Windows-1252 (0x80–0x9F table, else Latin-1)', () => {
    expect(decodeLetterBytes(new Uint8Array([0x93, 0x41, 0x94, 0x20, 0xeb, 0x80]))).toBe('“A” ë€');
  });

  it('normalises CRLF, CR and LF to LF', () => {
    expect(decodeLetterBytes(utf8('a\r\nb\rc\nd\r\n\r\ne'))).toBe('a\nb\nc\nd\n\ne');
  });

  it('decodes characters outside the BMP from UTF-8 and UTF-16', () => {
    expect(decodeLetterBytes(utf8('x 😀 y'))).toBe('x 😀 y');
    expect(decodeLetterBytes(utf16le('x 😀 y'))).toBe('x 😀 y');
  });

  it('parses a sample identically in every encoding and line-end style', () => {
    for (const id of ['000', '002'] as const) {
      const text = sampleText(id);
      const reference = parseLetter({ file: 'x.txt', text, hash: 'h' });
      const variants = [
        utf8(text),
        new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]),
        utf16le(text),
        utf16be(text),
        cp1252(text),
        utf8(text.replace(/\n/g, '\r\n')),
        utf8(text.replace(/\n/g, '\r')),
        utf16le(text.replace(/\n/g, '\r\n')),
      ];
      for (const bytes of variants) {
        const letter = parseLetter({
          file: 'x.txt',
          text: decodeLetterBytes(bytes),
          hash: 'h',
        });
        expect(letter.blocks).toEqual(reference.blocks);
        expect(letter.footnotes).toEqual(reference.footnotes);
      }
      expect(reference.blocks.length).toBeGreaterThan(15);
    }
  });
});
