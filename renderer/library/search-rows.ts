import type { TFunction } from 'i18next';

import type { LetterSearchResult, SearchGroup, SearchHit } from '../../app/ipc/contract';

/**
 * One row of the grouped search results: a letter (with its best hits inside it), or, under an
 * expanded letter, each of its hits on a row of its own.
 */
export type ResultRow = { kind: 'letter'; group: SearchGroup; expanded: boolean } | { kind: 'hit'; group: SearchGroup; hit: SearchHit };

/**
 * The rows of grouped results, in rank order: each letter, followed by all its hits when
 * `expanded` holds them (fetched per letter), so a long result stays one flat list to virtualise.
 */
export const resultRows = (groups: readonly SearchGroup[], expanded: ReadonlyMap<string, readonly SearchHit[]>): ResultRow[] => {
  const rows: ResultRow[] = [];
  for (const group of groups) {
    const all = expanded.get(group.file);
    rows.push({ kind: 'letter', group, expanded: all !== undefined });
    for (const hit of all ?? []) rows.push({ kind: 'hit', group, hit });
  }
  return rows;
};

/** The hit a row opens: a hit row its own, a letter row its best hit (null when it matched on number or title only). */
export const hitOfRow = (row: ResultRow): SearchHit | null => (row.kind === 'hit' ? row.hit : (row.group.hits[0] ?? null));

/** Dutch-style grouping of a count (`1.234`) in the interface language. */
export const formatCount = (n: number, language: string): string => new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL').format(n);

/**
 * A letter's hit count in the results ("3 treffers"), "ten minste 3 treffers" when its count is
 * not `exact` (a capped phrase search left some of this letter's candidates unchecked: the group
 * is `partial`, its count a lower bound; a letter fully counted is exact also in a capped search),
 * or that it was found by its number or title alone (no hits).
 */
export const letterHitsText = (t: TFunction, language: string, hits: number, exact: boolean): string => {
  if (hits === 0) return t('library.noTextHit');
  const text = t('library.hitCount', { count: hits, n: formatCount(hits, language) });
  return exact ? text : t('library.atLeast', { text });
};

/**
 * The header over the results: "1.234 treffers in 312 brieven"; when the search was not `exact`
 * (a capped phrase search stopped before checking every candidate) both counts are lower bounds,
 * each said so: "ten minste 2.000 treffers in ten minste 2.000 brieven". "Geen treffers voor …"
 * when no letter matched.
 */
export const resultTotalsText = (
  t: TFunction,
  language: string,
  result: Pick<LetterSearchResult, 'totalHits' | 'totalLetters' | 'exact'>,
  query: string,
): string => {
  if (result.totalLetters === 0) return t('library.noHits', { query });
  const bound = (text: string) => (result.exact ? text : t('library.atLeast', { text }));
  return t('library.hitsInLetters', {
    hits: bound(t('library.hitCount', { count: result.totalHits, n: formatCount(result.totalHits, language) })),
    letters: bound(t('library.letterCount', { count: result.totalLetters, n: formatCount(result.totalLetters, language) })),
  });
};
