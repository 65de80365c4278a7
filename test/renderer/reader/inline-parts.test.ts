import { describe, expect, it } from 'vitest';

import type { Citation } from '../../../app/corpus/types';
import { inlineParts } from '../../../renderer/reader/inline-parts';

const cite = (text: string, key: string, target: string | null = null): Citation => ({ text, key, block: 'b1', target });

describe('inlineParts', () => {
  it('puts footnote markers at their offsets without adding text', () => {
    const text = 'over de inzet van de Coalition of the Willing. Hoewel';
    const parts = inlineParts(text, [{ footnote: 'fn2', offset: 46 }], []);
    expect(parts).toEqual([
      { type: 'text', text: 'over de inzet van de Coalition of the Willing.', start: 0 },
      { type: 'note', footnote: 'fn2', offset: 46 },
      { type: 'text', text: ' Hoewel', start: 46 },
    ]);
    expect(parts.map((p) => ('text' in p ? p.text : '')).join('')).toBe(text);
  });

  it('turns each citation text into a cite part, repeated citations on successive occurrences', () => {
    const text = 'Kamerstuk 36 045, nr. 191 en later weer Kamerstuk 36 045, nr. 191.';
    const a = cite('Kamerstuk 36 045, nr. 191', 'kst-36045-191', '001.txt');
    const b = cite('Kamerstuk 36 045, nr. 191', 'kst-36045-191', '001.txt');
    const parts = inlineParts(text, [{ footnote: 'fn1', offset: text.length }], [a, b]);
    expect(parts.map((p) => [p.type, 'start' in p ? p.start : p.offset])).toEqual([
      ['cite', 0],
      ['text', 25],
      ['cite', 40],
      ['text', 65],
      ['note', 66],
    ]);
    expect(parts[2]).toMatchObject({ text: 'Kamerstuk 36 045, nr. 191', citation: b });
  });

  it('splits a citation around a marker that stands inside it and leaves unknown texts out', () => {
    const parts = inlineParts(
      'zie motie 36 045-191 hier',
      [{ footnote: 'fn3', offset: 15 }],
      [cite('motie 36 045-191', 'kst-36045-191'), cite('nergens', 'kst-1-1')],
    );
    expect(parts.map((p) => p.type + ':' + ('text' in p ? p.text : p.footnote))).toEqual([
      'text:zie ',
      'cite:motie 36 04',
      'note:fn3',
      'cite:5-191',
      'text: hier',
    ]);
  });

  it('marks the parts inside a Word hyperlink with its target, cutting text at the link ends', () => {
    const text = 'Zie de website van de Kamer voor Kamerstuk 36 045, nr. 191.';
    const c = cite('Kamerstuk 36 045, nr. 191', 'kst-36045-191');
    const parts = inlineParts(
      text,
      [],
      [c],
      [
        { start: 4, end: 27, href: 'https://www.tweedekamer.nl/' },
        { start: 33, end: 58, href: '#b' },
      ],
    );
    expect(parts.map((p) => [p.type, 'text' in p ? p.text : '', 'href' in p ? p.href : undefined])).toEqual([
      ['text', 'Zie ', undefined],
      ['text', 'de website van de Kamer', 'https://www.tweedekamer.nl/'],
      ['text', ' voor ', undefined],
      ['cite', 'Kamerstuk 36 045, nr. 191', '#b'],
      ['text', '.', undefined],
    ]);
  });
});
