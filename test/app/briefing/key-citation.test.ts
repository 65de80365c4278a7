import { describe, expect, it } from 'vitest';

import { officialCitationOfKey } from '../../../app/briefing/key-citation';

describe('officialCitationOfKey', () => {
  it.each([
    ['kst-36045-264', 'Kamerstukken II, 36 045, nr. 264'],
    ['kst-21501-02-3047', 'Kamerstukken II, 21 501-02, nr. 3047'],
    ['kst-36800-V-49', 'Kamerstukken II, 36 800 V, nr. 49'],
    ['kst-35300-C', 'Kamerstukken I, 35 300, C'],
    ['kst-35300-12f', 'Kamerstukken I, 35 300, nr. 12f'],
    ['h-tk-20192020-45-7', 'Handelingen II 2019/20, nr. 45, item 7'],
    ['ah-tk-20182019-1234', 'Aanhangsel Handelingen II 2018/19, nr. 1234'],
    ['stb-2021-123', 'Stb. 2021, 123'],
    ['stcrt-2020-4567', 'Stcrt. 2020, 4567'],
  ])('%s → %s', (key, citation) => {
    expect(officialCitationOfKey(key)).toBe(citation);
  });

  it.each([['zaak-2025Z15748'], ['ref-BZ2519785'], ['kst-x'], ['']])('%s is no official publication', (key) => {
    expect(officialCitationOfKey(key)).toBeNull();
  });
});
