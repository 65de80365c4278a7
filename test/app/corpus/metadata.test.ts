import { describe, expect, it } from 'vitest';

import { parseLetter } from '../../../app/corpus';
import { parseDutchDate } from '../../../app/corpus/dates';
import { parseSample } from './samples';

describe('inferred metadata', () => {
  it('states only what the samples state', () => {
    const l003 = parseSample('003');
    expect({
      kind: l003.kind,
      ministry: l003.ministry,
      title: l003.title,
      date: l003.date,
    }).toEqual({
      kind: 'Antwoorden op Kamervragen',
      ministry: 'Ministerie van Buitenlandse Zaken',
      title: null,
      date: null,
    });
    expect(l003.references).toEqual(['BZ2519785', '2025Z15748']);
    expect(l003.keys).toEqual(['ref-BZ2519785', 'zaak-2025Z15748']);
    const l000 = parseSample('000');
    expect({
      kind: l000.kind,
      ministry: l000.ministry,
      title: l000.title,
      date: l000.date,
      keys: l000.keys,
    }).toEqual({
      kind: 'Kamerbrief',
      ministry: null,
      title: null,
      date: null,
      keys: [],
    });
    expect(parseSample('004').references).toEqual(['2026Z02395']);
  });

  it('takes a Betreft/Datum line with a colon from the opening blocks when there is no reference column, never after the salutation', () => {
    const nota = parseLetter({
      file: 'a.txt',
      text: 'Betreft: Steun aan Oekraïne\nDatum: 6 januari 2026\nDeze nota gaat over de steun.\n',
      hash: 'h',
    });
    expect([nota.title, nota.date]).toEqual(['Steun aan Oekraïne', '2026-01-06']);
    const later = parseLetter({
      file: 'b.txt',
      text: 'Geachte voorzitter,\nBetreft: iets anders\nHierbij informeer ik uw Kamer.\n',
      hash: 'h',
    });
    expect(later.title).toBeNull();
  });

  it('reads Betreft and Datum from a reference column', () => {
    const text = [
      ' Ministerie van Defensie',
      'Datum',
      '10 september 2025',
      'Betreft Stand van zaken steun aan Oekraïne',
      'Ons kenmerk',
      'BS2025012345',
      '',
      'Geachte voorzitter,',
      'Hierbij informeer ik uw Kamer.',
      '',
    ].join('\n');
    const letter = parseLetter({ file: 'a.txt', text, hash: 'h' });
    expect(letter.title).toBe('Stand van zaken steun aan Oekraïne');
    expect(letter.date).toBe('2025-09-10');
    expect(letter.ministry).toBe('Ministerie van Defensie');
    expect(letter.references).toEqual(['BS2025012345']);
    expect(letter.kind).toBe('Kamerbrief');
  });

  it('parses Dutch dates and rejects impossible ones', () => {
    expect(parseDutchDate('Den Haag, 4 maart 2025')).toBe('2025-03-04');
    expect(parseDutchDate('29 februari 2025')).toBeNull();
    expect(parseDutchDate('2026-01-06')).toBe('2026-01-06');
    expect(parseDutchDate('geen datum')).toBeNull();
  });
});
