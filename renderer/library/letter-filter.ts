import { readableTitle, type TitleFacts } from '../../app/corpus/title';
import type { LetterSummary } from '../../app/corpus/types';
import type { SearchRequest } from '../../app/ipc/contract';

export type LetterSort = 'date-desc' | 'date-asc' | 'title';

/** The library's filters; empty strings mean "no filter". Dates are ISO `YYYY-MM-DD`. */
export interface LetterFilters {
  kind: string;
  dateFrom: string;
  dateTo: string;
  signatory: string;
}

export const NO_FILTERS: LetterFilters = { kind: '', dateFrom: '', dateTo: '', signatory: '' };

/** Title shown for a letter: the one it states, else one built from its metadata (readableTitle); never the file name alone. */
export const displayTitle = (letter: TitleFacts): string => readableTitle(letter);

/**
 * Letters passing every filter: kind equal, date within [from, to] (a letter without a date is
 * excluded once a date bound is set), and a signatory whose name is the chosen one.
 */
export function filterLetters(letters: readonly LetterSummary[], filters: LetterFilters): LetterSummary[] {
  return letters.filter(
    (l) =>
      (!filters.kind || l.kind === filters.kind) &&
      (!filters.dateFrom || (l.date !== null && l.date >= filters.dateFrom)) &&
      (!filters.dateTo || (l.date !== null && l.date <= filters.dateTo)) &&
      (!filters.signatory || l.signatories.some((s) => s.name === filters.signatory)),
  );
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Sorted copy: by date (undated letters last either way, then by title) or by title (Dutch collation). */
export function sortLetters(letters: readonly LetterSummary[], sort: LetterSort): LetterSummary[] {
  const byTitle = (a: LetterSummary, b: LetterSummary) => collator.compare(displayTitle(a), displayTitle(b));
  return [...letters].sort((a, b) => {
    if (sort === 'title') return byTitle(a, b);
    if (a.date === b.date) return byTitle(a, b);
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return sort === 'date-asc' ? a.date.localeCompare(b.date) : b.date.localeCompare(a.date);
  });
}

/** Distinct non-empty values, Dutch-sorted, for the filter menus. */
export function facets(letters: readonly LetterSummary[]): { kinds: string[]; signatories: string[] } {
  const kinds = new Set<string>();
  const signatories = new Set<string>();
  for (const l of letters) {
    if (l.kind) kinds.add(l.kind);
    for (const s of l.signatories) if (s.name) signatories.add(s.name);
  }
  return { kinds: [...kinds].sort(collator.compare), signatories: [...signatories].sort(collator.compare) };
}

/** The same filters as a corpusSearch request, so search hits respect them too. */
export function searchRequestOf(query: string, filters: LetterFilters): SearchRequest {
  const request: SearchRequest = { query, limit: 100 };
  if (filters.kind) request.kinds = [filters.kind];
  if (filters.dateFrom) request.dateFrom = filters.dateFrom;
  if (filters.dateTo) request.dateTo = filters.dateTo;
  if (filters.signatory) request.signatory = filters.signatory;
  return request;
}
