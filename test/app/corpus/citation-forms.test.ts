import { describe, expect, it } from 'vitest';

import { extractCitations } from '../../../app/corpus';

/** Key and pages of every citation found, pages left out when none. */
const found = (text: string) => extractCitations(text).map((c) => (c.pages ? `${c.key} p${c.pages}` : c.key));

describe('citation forms of issue 15', () => {
  it.each([
    ['a note label glued on', '7Kamerstukken II 2018/19, 35 000 VII, nr. 12', ['kst-35000-VII-12']],
    ['lower case, hyphenated suffix, nr. glued', 'kamerstukken II 2018/19, 35 000-VII, nr.12', ['kst-35000-VII-12']],
    [
      'comma after the chamber, a list continued by nr.',
      'Kamerstukken II, 2012-2013, 33 400, nr. 5, p. 10; nr. 8, p. 2',
      ['kst-33400-5 p10', 'kst-33400-8 p2'],
    ],
    ['an Eerste Kamer letter', 'Kamerstukken I 2019/20, 35 300, C', ['kst-35300-C']],
    ['an Eerste Kamer number with a letter', 'Kamerstukken I 2019/20, 35 300, nr. 12f', ['kst-35300-12f']],
    ['a Rijkswet dossier', 'Kamerstukken II 2017/18, 34 775 (R 2100), nr. 3', ['kst-34775-3']],
    ['a Rijkswet dossier without keyword', 'zie 34 775 (R 2100), nr. 3.', ['kst-34775-3']],
    ['a lettered budget dossier', 'Kamerstuk 35 000-A, nr. 4', ['kst-35000-A-4']],
    ['the year as 2019/2020', 'Kamerstukken II 2019/2020, 35 300, nr. 7', ['kst-35300-7']],
    ['the year as 2019-2020', 'Kamerstukken II 2019-2020, 35 300, nr. 7', ['kst-35300-7']],
    ['nrs. 12 en 14', 'Kamerstukken 36 045, nrs. 12 en 14', ['kst-36045-12', 'kst-36045-14']],
    ['pages listed, then en nr.', 'Kamerstuk 36 045, nr. 4, p. 3 en 5, en nr. 6', ['kst-36045-4 p3 en 5', 'kst-36045-6']],
    ['nrs. 211en 261', 'Kamerstukken 36 045, nrs. 211en 261', ['kst-36045-211', 'kst-36045-261']],
    ['Handelingen with an item', 'Handelingen II 2019/20, nr. 45, item 7', ['h-tk-20192020-45-7']],
    ['Aanhangsel Handelingen', 'Aanhangsel Handelingen II 2018/19, nr. 1234', ['ah-tk-20182019-1234']],
    ['a motion', 'de motie 36 045-191 van het lid', ['kst-36045-191']],
    ['a case number', 'met kenmerk 2025Z15748 ingezonden', ['zaak-2025Z15748']],
    ['Staatsblad', 'Stb. 2021, 123', ['stb-2021-123']],
    ['Staatscourant', 'Stcrt. 2020, 4567', ['stcrt-2020-4567']],
    ['Staatscourant written out', 'Staatscourant 2020, nr. 4567', ['stcrt-2020-4567']],
    ['blz. with a range', 'Kamerstukken II 2009/10, 27 858, nr. 88, blz. 7-8', ['kst-27858-88 p7-8']],
    ['a page, then another dossier', 'Kamerstuk 36 045, nr. 12, p. 3; 21 501-02, nr. 3047', ['kst-36045-12 p3', 'kst-21501-02-3047']],
  ])('%s: %s', (_form, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('keeps a glued note label and the page out of the citation text', () => {
    const [first, second] = extractCitations('7Kamerstukken II, 2012-2013, 33 400, nr. 5, p. 10; nr. 8, p. 2');
    expect(first).toMatchObject({ text: 'Kamerstukken II, 2012-2013, 33 400, nr. 5', start: 1, pages: '10' });
    expect(second).toMatchObject({ text: 'nr. 8', pages: '2' });
  });

  it.each([
    ['a sum and a list number', 'Op 24 februari 2026, 36 045 mensen, nr. 5 van de lijst.'],
    ['a page alone', 'zie p. 10 en blz. 7-8 hierboven'],
    ['a parliamentary year alone', 'in 2019/20 en 2019-2020 is dat gebeurd'],
    ['a Staatsblad without number', 'het Stb. van dit jaar'],
    ['an unlettered Tweede Kamer paper', 'Kamerstukken II 2019/20, 35 300, C'],
    ['a Rijkswet number without paper number', 'het wetsvoorstel 34 775 (R 2100) is aangenomen'],
    ['a bare lettered dossier', 'in 35 000-A, nr. 4 staat'],
    ['a number glued to a word', 'Bijlage12Stcrt'],
  ])('not a citation: %s', (_what, text) => {
    expect(found(text)).toEqual([]);
  });
});
