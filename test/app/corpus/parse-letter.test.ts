import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { decodeLetterBytes, detectFormat, extractCitations, parseLetter } from '../../../app/corpus';
import { parsePdfText } from '../../../app/corpus/pdf-parser';
import { parseWordText } from '../../../app/corpus/word-parser';
import { sampleText } from './samples';

const FRAGMENTS = [
  '[footnoteRef:',
  '[endnoteRef:',
  '[2:',
  '[1:',
  ']',
  '[',
  '2',
  '1]',
  ' ',
  '\t',
  '\n',
  '\n\n',
  '· ',
  '1. ',
  '[bookmark: _Hlk1]',
  '[image: x',
  '\tComment by A: ',
  '!!! End note with ID "2" not found in document.',
  'Geachte voorzitter,',
  'De minister van Defensie,',
  'Vraag 1',
  'Antwoord',
  'Kamerstuk 36 045, nrs. 1',
  ' en 2',
  'motie 21501-02-',
  'planningsproces.1 ',
  '1 Zoals ',
  'NAVO-',
  '\u00AD',
  '\uE000',
  '\uE001',
  'tekst ',
];

describe('parseLetter', () => {
  it('detects the formats of the samples', () => {
    expect((['000', '001', '002', '003', '004'] as const).map((id) => detectFormat(sampleText(id)))).toEqual([
      'word',
      'word',
      'pdf',
      'word',
      'word',
    ]);
  });

  it('terminates without throwing on arbitrary strings and marker soup, with consistent anchors', () => {
    const soup = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), soup, fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
        // The format parsers themselves must not throw (parseLetter's fallback is only a safety net).
        parseWordText(text);
        parsePdfText(text);
        const letter = parseLetter({ file: 'x.txt', text, hash: 'h' });
        const ids = new Set(letter.footnotes.map((f) => f.id));
        for (const block of letter.blocks) {
          for (const n of block.notes) {
            expect(n.offset).toBeGreaterThanOrEqual(0);
            expect(n.offset).toBeLessThanOrEqual(block.text.length);
            expect(ids.has(n.footnote)).toBe(true);
          }
          expect(block.text).not.toMatch(/[\uE000\uE001]/);
        }
        expect(letter.footnotes.map((f) => f.label)).toEqual(letter.footnotes.map((_, i) => String(i + 1)));
      }),
      { numRuns: 400 },
    );
  });

  // A guard against quadratic (or worse) scans, not a speed goal: the inputs take about 1.3 s on the
  // 2-core development machine; a quadratic note or citation scan takes minutes. Speed lives in bench:corpus.
  it('stays fast on long adversarial input', { timeout: 60_000 }, () => {
    const hostile = [
      '[footnoteRef:1]'.repeat(3000),
      `${Array.from({ length: 3000 }, (_, i) => `w[footnoteRef:${i}]`).join('')} [0: x] ${'[5: '.repeat(3000)}`,
      `a [1: ${'] '.repeat(5000)}`,
      `${'Kamerstuk 36 045, nrs. 1 en '.repeat(2000)}`,
      `${'x.1 \n\n1 y\n\n'.repeat(2000)}`,
      `${'tekst regel die eindigt op een spatie \n'.repeat(5000)}`,
    ];
    const started = performance.now();
    for (const text of hostile) parseLetter({ file: 'x.txt', text, hash: 'h' });
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('extracts citations from arbitrary strings with offsets that match the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        for (const c of extractCitations(text)) expect(text.slice(c.start, c.end)).toBe(c.text);
      }),
    );
  });
});

describe('decodeLetterBytes on arbitrary bytes', () => {
  it('never throws and never returns CR', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 500 }), (bytes) => {
        const text = decodeLetterBytes(bytes);
        expect(typeof text).toBe('string');
        expect(text.includes('\r')).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips arbitrary strings through UTF-8', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const bytes = new Uint8Array(Buffer.from(text, 'utf8'));
        expect(decodeLetterBytes(bytes)).toBe(text.replace(/\r\n?/g, '\n'));
      }),
    );
  });
});
