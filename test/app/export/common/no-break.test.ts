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
    // Session 8: a year range is no longer bound (it asserted '2025-2026' as a span: wrong behaviour).
    expect(spanned('Zie blz. 3 en art. 5 van 1 000 000 regels (2025-2026).')).toEqual(['blz. 3', 'art. 5', '1 000 000']);
  });

  it('finds capitalised and stop-less abbreviations and a dossier number without its group space', () => {
    expect(spanned('Nr. 264, nr 264, nrs. 12, Blz. 4 en Kamerstuk 21501-20.')).toEqual([
      'Nr. 264',
      'nr 264',
      'nrs. 12',
      'Blz. 4',
      '21501-20',
    ]);
  });

  it('leaves phone numbers, year ranges, addresses and e-mail alone', () => {
    expect(spanned('Bel 070\u2011456 7890, 070 456 7890 of 070-4567890 (2025-2026, 2025\u20112026).')).toEqual([]);
    expect(spanned('Zie https://zoek.officielebekendmakingen.nl/kst-36045-264.html of www.x.nl/nr. 5 en nr.5@x.nl')).toEqual([]);
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
