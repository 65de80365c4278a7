import { describe, expect, it } from 'vitest';

import { noBreakSpans, withNoBreaks } from '../../../../app/export/common/no-break';

describe('noBreakSpans', () => {
  const spanned = (text: string) => noBreakSpans(text).map(({ start, end }) => text.slice(start, end));

  it('finds Kamerstuk numbers, their suffixes and abbreviated numbers', () => {
    expect(spanned('Kamerstuk 36 045, nr. 264 en Kamerstukken 21 501-20, nr. 1841.')).toEqual([
      '36 045',
      'nr. 264',
      '21 501-20',
      'nr. 1841',
    ]);
    expect(spanned('Zie blz. 3 en art. 5 van 1 000 000 regels (2025-2026).')).toEqual(['blz. 3', 'art. 5', '1 000 000', '2025-2026']);
  });

  it('leaves ordinary words and loose numbers alone', () => {
    expect(spanned('In 2025 gaf het kabinet 3 miljard uit aan Oost-Europa.')).toEqual([]);
  });
});

describe('withNoBreaks', () => {
  it('writes no-break spaces and hyphens inside the spans only', () => {
    expect(withNoBreaks('Kamerstuk 21 501-20, nr. 264 - zie')).toBe('Kamerstuk 21\u00a0501\u201120, nr.\u00a0264 - zie');
  });
});
