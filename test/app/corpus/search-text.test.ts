import { describe, expect, it } from 'vitest';

import { containsPhrases, makeSnippet, matchRanges, normalizeTerm, parseQuery, tokenize } from '../../../app/corpus/search-text';

describe('normalizeTerm', () => {
  it('folds case and diacritics', () => {
    expect(normalizeTerm('Yeşilgöz')).toBe('yesilgoz');
    expect(normalizeTerm('OEKRAÏNE')).toBe('oekraine');
  });
});

describe('parseQuery', () => {
  it('separates quoted phrases from free words', () => {
    expect(parseQuery('steun "vrede in Oekraïne" Kamer')).toEqual({
      words: ['steun', 'kamer'],
      phrases: [['vrede', 'in', 'oekraine']],
    });
  });
  it('treats an unclosed quote as words', () => {
    expect(parseQuery('"vrede in')).toEqual({ words: ['vrede', 'in'], phrases: [] });
  });
});

describe('matchRanges and makeSnippet', () => {
  const text = 'Het lid Yeşilgöz-Zegerius vroeg naar vrede in Oekraïne en naar vredesoverleg.';

  it('highlights a diacritic-insensitive word on the original text', () => {
    const ranges = matchRanges(tokenize(text), parseQuery('Yesilgoz'));
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['Yeşilgöz']);
  });

  it('highlights prefix matches and whole phrases', () => {
    const ranges = matchRanges(tokenize(text), parseQuery('vrede* "in oekraine"'));
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['vrede', 'in Oekraïne', 'vredesoverleg']);
  });

  it('verifies phrases as adjacent terms', () => {
    expect(containsPhrases(tokenize(text), [['vrede', 'in', 'oekraine']])).toBe(true);
    expect(containsPhrases(tokenize(text), [['vrede', 'oekraine']])).toBe(false);
  });

  it('cuts a snippet around the first match with shifted highlights', () => {
    const long = `${'woord '.repeat(40)}de Yeşilgöz motie ${'verder '.repeat(60)}`;
    const ranges = matchRanges(tokenize(long), parseQuery('yesilgoz'));
    const { snippet, highlights } = makeSnippet(long, ranges);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(highlights).toHaveLength(1);
    const [s, e] = highlights[0]!;
    expect(snippet.slice(s, e)).toBe('Yeşilgöz');
  });
});
