import { describe, expect, it } from 'vitest';

import { keysOf } from '../../../app/corpus/keys';
import { parseQuery, tokenize } from '../../../app/corpus/search-text';
import { FactsCache, type LetterBoost, type LetterFact, LetterFacts } from '../../../app/search/letter-facts';
import { parseSample, SAMPLES } from '../corpus/samples';
import { scanBoosts } from './facts-oracle';

const sorted = (m: Map<number, LetterBoost> | null) => [...(m ?? [])].sort(([a], [b]) => a - b);

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei'];
const KINDS = ['Kamerbrief', 'Antwoorden op Kamervragen', 'Verslag', 'Geannoteerde agenda'];
/** 3,000 letters numbered with gaps (as main's letter numbers over shards), titles and references as the corpus has them. */
const generated: LetterFact[] = Array.from({ length: 3000 }, (_, i) => ({
  letter: i * 3 + (i % 2),
  title:
    i % 13 === 0
      ? `Staat van de Oorlog in Europa: inzet voor Oekraïne (${i})`
      : `${KINDS[i % 4]} over ${['sancties', 'steun aan Oekraïne', 'de NAVO-top', 'de Raad Buitenlandse Zaken'][i % 4]} van ${1 + (i % 28)} ${MONTHS[i % 5]} 202${i % 6}`,
  keys: keysOf([
    `Kamerstuk 36 ${String(40 + (i % 9)).padStart(3, '0')}, nr. ${i % 400}`,
    `2025Z1${String(i).padStart(4, '0')}`,
    `BZ25${i}`,
  ]),
}));

const QUERIES = [
  '36 045, nr. 264',
  '36045-12',
  'kst-36041-10',
  '36 046',
  '36046',
  '2025Z10042',
  'BZ25123',
  'oekraine',
  'Oekraïne 14',
  'oek',
  'ka',
  'van',
  'staat van de oorlog 39',
  '"inzet voor oekraine"',
  '"steun aan"',
  '"aan steun"',
  'geannoteerde raad 12 januari',
  'sanct 2023',
  'navo-top',
  'verslag 3 maart 2021',
  'kamerbrief kamervragen',
  'antwoorden kamerv',
  'nothing here',
  '"',
  '',
  'kamerbrief over de reis van de minister naar kyiv',
  'mei',
];

describe('LetterFacts (term-indexed title and key boosts)', () => {
  it('gives exactly the boosts a scan of every title and key gives, on generated letters', () => {
    const facts = new LetterFacts(generated);
    let named = 0;
    for (const query of QUERIES) {
      const got = sorted(facts.boosts(query, parseQuery(query)));
      expect(got, query).toEqual(sorted(scanBoosts(generated, query)));
      if (got.length > 0) named++;
    }
    expect(named).toBeGreaterThan(15);
  });

  it('gives exactly the scan boosts on the sample corpus (titles, references and keys as parsed)', () => {
    const letters = Object.keys(SAMPLES).map((id, letter) => {
      const l = parseSample(id as keyof typeof SAMPLES);
      return { letter, title: l.title ?? l.file, keys: l.keys };
    });
    const facts = new LetterFacts(letters);
    const titleWords = letters.flatMap((l) => tokenize(l.title).map((t) => l.title.slice(t.start, t.end)));
    const keyQueries = letters.flatMap((l) => l.keys);
    expect(keyQueries.length).toBeGreaterThan(0);
    const queries = [
      ...QUERIES,
      ...titleWords,
      ...titleWords.map((w) => w.slice(0, 4)),
      ...keyQueries,
      letters[0]!.title,
      `"${letters[1]!.title}"`,
    ];
    let named = 0;
    for (const query of queries) {
      const got = sorted(facts.boosts(query, parseQuery(query)));
      expect(got, query).toEqual(sorted(scanBoosts(letters, query)));
      if (got.length > 0) named++;
    }
    expect(named).toBeGreaterThan(titleWords.length);
  });

  it('gives up only when capped and a key, dossier or the rarest title word names more letters than the cap', () => {
    const facts = new LetterFacts(generated);
    expect(facts.boosts('36 045', parseQuery('36 045'), 100)).toBeNull();
    expect(facts.boosts('36 045', parseQuery('36 045'))!.size).toBe(generated.filter((_, i) => i % 9 === 5).length);
    expect(facts.boosts('kamerbrief', parseQuery('kamerbrief'), 100)).toBeNull();
    expect(sorted(facts.boosts('kamerbrief 2021 oekraine', parseQuery('kamerbrief 2021 oekraine'), 100))).toEqual(
      sorted(scanBoosts(generated, 'kamerbrief 2021 oekraine')),
    );
  });
});

describe('FactsCache (facts built ahead, a slice at a time)', () => {
  const version = {};
  it('prepares in steps the same facts a search would build, and keeps them for the version', () => {
    const cache = new FactsCache();
    let listed = 0;
    const letters = () => (listed++, generated);
    const steps = [...cache.prepare(letters, version, 500)];
    expect(steps.length).toBe(generated.length / 500);
    const facts = cache.get(letters, version);
    expect(listed).toBe(1);
    for (const query of QUERIES)
      expect(sorted(facts.boosts(query, parseQuery(query))), query).toEqual(sorted(scanBoosts(generated, query)));
    expect([...cache.prepare(letters, version)]).toHaveLength(0);
    expect(cache.get(letters, {})).not.toBe(facts);
  });

  it('gives up a preparation when the letters change meanwhile, and builds anew when asked', () => {
    const cache = new FactsCache();
    const steps = cache.prepare(() => generated, version, 500);
    steps.next();
    cache.clear();
    expect(steps.next().done).toBe(true);
    const few = generated.slice(0, 10);
    expect(cache.get(() => few, version).boosts('36 045', parseQuery('36 045'))!.size).toBe(1);
  });
});
