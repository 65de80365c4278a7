import { describe, expect, it } from 'vitest';

import { extractCitations } from '../../../app/corpus';
import { publicationUrl } from '../../../app/corpus/publication-url';

describe('publicationUrl', () => {
  it.each([
    ['kst-36045-264'],
    ['kst-21501-02-3047'],
    ['kst-36800-V-49'],
    ['kst-31700-VI-D'],
    ['kst-35300-12f'],
    ['h-tk-20192020-45-7'],
    ['ah-tk-20182019-1234'],
    ['stb-2021-123'],
    ['stcrt-2020-4567'],
  ])('%s links to the official publication site', (key) => {
    expect(publicationUrl(key)).toBe(`https://zoek.officielebekendmakingen.nl/${key}`);
  });

  it.each([['zaak-2025Z15748'], ['tkdoc-2025D08281'], ['ref-BZ2519785'], ['kst-36045-264/../x'], ['']])('%s has no link', (key) => {
    expect(publicationUrl(key)).toBeNull();
  });

  it('links every official citation the recogniser finds', () => {
    const text =
      'Kamerstukken II 2018/19, 35 000 VII, nr. 12; Handelingen II 2019/20, nr. 45, item 7; Stb. 2021, 123; kenmerk 2025Z15748; Kamerstukken I 2019/20, 35 300, C';
    expect(extractCitations(text).map((c) => publicationUrl(c.key))).toEqual([
      'https://zoek.officielebekendmakingen.nl/kst-35000-VII-12',
      'https://zoek.officielebekendmakingen.nl/h-tk-20192020-45-7',
      'https://zoek.officielebekendmakingen.nl/stb-2021-123',
      null,
      'https://zoek.officielebekendmakingen.nl/kst-35300-C',
    ]);
  });
});
