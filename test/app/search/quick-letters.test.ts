import { describe, expect, it } from 'vitest';

import { keysOf } from '../../../app/corpus/keys';
import { QUICK_CANDIDATES, QuickLetterIndex } from '../../../app/search/quick-letters';
import { scanBoosts } from './facts-oracle';

const MONTHS = ['januari', 'februari', 'maart', 'april'];
const KINDS = ['Kamerbrief', 'Antwoorden op Kamervragen', 'Verslag'];
/** Letters with titles and own references the way the corpus has them (built titles, stated ones, papers). */
const letters = Array.from({ length: 600 }, (_, i) => {
  const title =
    i % 7 === 0
      ? `Staat van de Oorlog in Europa: inzet voor Oekraïne (${i})`
      : i % 11 === 0
        ? `Geannoteerde agenda Raad Buitenlandse Zaken van ${1 + (i % 28)} ${MONTHS[i % 4]} 2025`
        : `${KINDS[i % 3]} van ${1 + (i % 28)} ${MONTHS[i % 4]} 202${i % 6}`;
  const references = [
    `Kamerstuk 36 ${String(40 + (i % 9)).padStart(3, '0')}, nr. ${i % 300}`,
    `2025Z1${String(i).padStart(4, '0')}`,
    `BZ25${i}`,
  ];
  return { file: `d/${String(i).padStart(4, '0')}.txt`, title, keys: keysOf(references) };
});

const index = new QuickLetterIndex();
for (const letter of letters) index.add(letter);
const facts = letters.map((l, letter) => ({ letter, title: l.title, keys: l.keys }));

/** What main's boosts (a scan of every title and key, facts-oracle.ts) give for `query`, as the quick answer's order: strongest first, then letter order. */
const expected = (query: string, allowed?: (file: string) => boolean) =>
  [...scanBoosts(facts, query)]
    .filter(([l]) => !allowed || allowed(letters[l]!.file))
    .sort(([a, x], [b, y]) => y.boost - x.boost || a - b)
    .map(([l, { match }]) => ({ file: letters[l]!.file, match }));

describe('QuickLetterIndex', () => {
  const queries = [
    '36 045, nr. 264',
    '36045-12',
    'kst-36041-10',
    '36 046',
    '2025Z10042',
    'BZ25123',
    'oekraine 14',
    'staat van de oorlog 35',
    '"inzet voor oekraine" 63',
    'geannoteerde 12 januari',
    'raad buitenl 2025 april',
    'verslag 3 maart 2021',
    'Kamerbrief 9',
    'antwoorden 26 februari',
    'nothing here',
    'oek',
  ];

  it('names the same letters with the same kind of match as LetterFacts, strongest first, whenever it answers', () => {
    let answered = 0;
    for (const query of queries) {
      const quick = index.find(query, 1000);
      if (quick === null) continue;
      answered++;
      expect(quick, query).toEqual(expected(query));
    }
    expect(answered).toBeGreaterThanOrEqual(queries.length - 1);
    expect(index.find('36 045, nr. 264', 1000)).toEqual([]);
    expect(index.find('36043-12', 10)).toEqual([{ file: 'd/0012.txt', match: 'key' }]);
  });

  it('names every letter of a dossier, and a letter by its own key alone', () => {
    const dossier = index.find('36 042', 1000)!;
    expect(dossier.map((m) => m.file)).toEqual(letters.filter((_, i) => i % 9 === 2).map((l) => l.file));
    expect(new Set(dossier.map((m) => m.match))).toEqual(new Set(['dossier']));
    expect(index.find('kst-36046-6', 1000)).toEqual([{ file: 'd/0006.txt', match: 'key' }]);
  });

  it('gives no answer when more letters match than the first screen holds', () => {
    const all = expected('36 042');
    expect(index.find('36 042', all.length)).toHaveLength(all.length);
    expect(index.find('36 042', all.length - 1)).toBeNull();
  });

  it('applies the filters before counting', () => {
    const even = (file: string) => Number(file.slice(2, 6)) % 2 === 0;
    const all = expected('36 042', even);
    expect(all.length).toBeGreaterThan(0);
    expect(index.find('36 042', all.length, even)).toEqual(all);
  });

  it('gives no answer when a title word names too many letters to check within a frame', () => {
    const big = new QuickLetterIndex();
    for (let i = 0; i <= QUICK_CANDIDATES; i++) big.add({ file: `${i}`, title: 'Kamerbrief over steun', keys: [] });
    big.add({ file: 'x', title: 'Verslag over steun', keys: [] });
    expect(big.find('kamerbrief steun', 10)).toBeNull();
    expect(big.find('verslag steun', 10)).toEqual([{ file: 'x', match: 'title' }]);
    const dossier = new QuickLetterIndex();
    for (let i = 0; i <= QUICK_CANDIDATES; i++) dossier.add({ file: `${i}`, title: 'Verslag', keys: [`kst-36045-${i}`] });
    expect(dossier.find('36 045', 10_000)).toBeNull();
    expect(dossier.find('36045-12', 10)).toEqual([{ file: '12', match: 'key' }]);
  });
});
