import { describe, expect, it } from 'vitest';

import { paperQuery } from '../../../app/search/paper-query';

describe('paperQuery', () => {
  it.each([
    ['36 045, nr. 264', 'kst-36045-264'],
    ['36 045 nr 264', 'kst-36045-264'],
    ['Kamerstuk 36 045, nr. 264', 'kst-36045-264'],
    ['Kamerstukken II 2025/26, 36 045, nr. 264', 'kst-36045-264'],
    ['36045-264', 'kst-36045-264'],
    ['kst-36045-264', 'kst-36045-264'],
    ['KST-36045-264', 'kst-36045-264'],
    ['21 501-02, nr. 3047', 'kst-21501-02-3047'],
    ['2025Z15748', 'zaak-2025z15748'],
    ['BZ2519785', 'ref-bz2519785'],
  ])('reads %s as the paper %s', (query, key) => {
    expect(paperQuery(query)).toEqual({ exact: [key], dossier: null });
  });

  it('reads a dossier number alone as a dossier', () => {
    expect(paperQuery('36 045')).toEqual({ exact: [], dossier: 'kst-36045-' });
    expect(paperQuery('36045')).toEqual({ exact: [], dossier: 'kst-36045-' });
  });

  it('reads ordinary words, years and short numbers as nothing', () => {
    for (const q of ['oekraine', 'vrede in Oekraïne', '2025', '264', 'nr. 264', '', 'F-16-toestellen']) {
      expect(paperQuery(q)).toEqual({ exact: [], dossier: null });
    }
  });
});
