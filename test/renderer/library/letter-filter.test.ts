import { describe, expect, it } from 'vitest';

import type { LetterSummary } from '../../../app/corpus/types';
import {
  facets,
  filterLetters,
  hiddenUndated,
  NO_FILTERS,
  peopleOf,
  searchRequestOf,
  sortLetters,
  withSignatory,
} from '../../../renderer/library/letter-filter';

const letter = (file: string, title: string | null, date: string | null, kind: string | null, names: string[]): LetterSummary => ({
  file,
  format: 'word',
  title,
  date,
  kind,
  ministry: null,
  signatories: names.map((name) => ({ name, function: '' })),
  references: [],
  keys: [],
  hash: file,
  blockCount: 1,
  footnoteCount: 0,
});

const letters = [
  letter('000.txt', 'Coalition of the Willing', '2026-01-06', 'Kamerbrief', ['D.M. van Weel', 'Ruben Brekelmans']),
  letter('001.txt', 'Appreciatie CAVV-advies', '2025-03-04', 'Kamerbrief', ['Caspar Veldkamp']),
  letter('003.txt', null, null, 'Antwoorden op Kamervragen', ['D.M. van Weel']),
  letter('002.txt', 'brief over drones', '2025-09-10', 'Kamerbrief', ['D.M. van Weel']),
];
const files = (list: LetterSummary[]) => list.map((l) => l.file);

describe('library sort and filters', () => {
  it('sorts by date with undated letters last, and by title with Dutch collation and file fallback', () => {
    expect(files(sortLetters(letters, 'date-desc'))).toEqual(['000.txt', '002.txt', '001.txt', '003.txt']);
    expect(files(sortLetters(letters, 'date-asc'))).toEqual(['001.txt', '002.txt', '000.txt', '003.txt']);
    expect(files(sortLetters(letters, 'title'))).toEqual(['003.txt', '001.txt', '002.txt', '000.txt']);
  });

  it('filters on kind, date range and signatory together', () => {
    expect(files(filterLetters(letters, { ...NO_FILTERS, kind: 'Kamerbrief', signatory: 'D.M. van Weel' }))).toEqual([
      '000.txt',
      '002.txt',
    ]);
    expect(files(filterLetters(letters, { ...NO_FILTERS, dateFrom: '2025-09-01', dateTo: '2025-12-31' }))).toEqual(['002.txt']);
  });

  it('offers the distinct kinds and signatories and passes filters to search', () => {
    expect(facets(letters)).toEqual({
      kinds: ['Antwoorden op Kamervragen', 'Kamerbrief'],
      signatories: ['Caspar Veldkamp', 'D.M. van Weel', 'Ruben Brekelmans'],
    });
    expect(searchRequestOf('Yesilgoz', { ...NO_FILTERS, kind: 'Kamerbrief', dateTo: '2026-01-31' })).toEqual({
      query: 'Yesilgoz',
      limit: 100,
      kinds: ['Kamerbrief'],
      dateTo: '2026-01-31',
    });
  });

  it('says how many undated letters a date filter hides, includes them on request, and takes a person in any form of the name', () => {
    const more = [
      ...letters,
      letter('004.txt', null, null, 'Kamerbrief', ['R.P. Brekelmans']),
      letter('005.txt', null, '2025-10-01', null, ['mr. R. Brekelmans']),
    ];
    const from = { ...NO_FILTERS, dateFrom: '2025-09-01' };
    expect(files(filterLetters(more, from))).toEqual(['000.txt', '002.txt', '005.txt']);
    expect(hiddenUndated(more, from)).toBe(2);
    expect(hiddenUndated(more, NO_FILTERS)).toBe(0);
    expect(files(filterLetters(more, { ...from, undated: true }))).toEqual(['000.txt', '003.txt', '002.txt', '004.txt', '005.txt']);

    const people = peopleOf(more);
    expect(facets(more).signatories).toEqual(['Caspar Veldkamp', 'D.M. van Weel', 'Ruben Brekelmans']);
    const ruben = withSignatory(NO_FILTERS, 'Ruben Brekelmans', people);
    expect(files(filterLetters(more, ruben))).toEqual(['000.txt', '004.txt', '005.txt']);
    expect(searchRequestOf('drones', { ...ruben, dateFrom: '2025-09-01', undated: true })).toEqual({
      query: 'drones',
      limit: 100,
      dateFrom: '2025-09-01',
      undated: true,
      signatories: ['mr. R. Brekelmans', 'R.P. Brekelmans', 'Ruben Brekelmans'],
    });
    expect(withSignatory(ruben, '', people)).toEqual({ ...NO_FILTERS, signatoryNames: undefined });
  });
});
