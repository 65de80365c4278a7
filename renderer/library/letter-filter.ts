import { groupSignatories, type SignatoryGroup } from '../../app/corpus/signatory-name';
import { readableTitle, type TitleFacts } from '../../app/corpus/title';
import type { LetterSummary } from '../../app/corpus/types';
import type { SearchRequest } from '../../app/ipc/contract';

export type LetterSort = 'date-desc' | 'date-asc' | 'title';

/**
 * The library's filters; empty strings mean "no filter". Dates are ISO `YYYY-MM-DD`. `signatory` is
 * a person's label (`groupSignatories`); `undated` includes the letters without a date in a date filter.
 */
export interface LetterFilters {
  kind: string;
  dateFrom: string;
  dateTo: string;
  signatory: string;
  /** Every form of the chosen person's name the letters use (`groupSignatories`); absent: `signatory` exactly. */
  signatoryNames?: readonly string[];
  undated?: boolean;
}

export const NO_FILTERS: LetterFilters = { kind: '', dateFrom: '', dateTo: '', signatory: '' };

/** Whether any filter is set (`undated` alone filters nothing). */
export const filtersActive = (filters: LetterFilters): boolean =>
  filters.kind !== '' || filters.dateFrom !== '' || filters.dateTo !== '' || filters.signatory !== '';

/** The forms of the chosen signatory's name. */
const namesOf = (filters: LetterFilters): readonly string[] => filters.signatoryNames ?? [filters.signatory];

/** The filters with `label` (a person of `people`, or '' for anyone) as the signatory, with every form of the name. */
export function withSignatory(filters: LetterFilters, label: string, people: readonly SignatoryGroup[]): LetterFilters {
  const names = people.find((group) => group.label === label)?.names;
  return { ...filters, signatory: label, signatoryNames: label && names ? names : undefined };
}

/**
 * Title shown for a letter: the one it states, else one built from its metadata in `language`
 * (readableTitle; Dutch by default); never the file name alone.
 */
export const displayTitle = (letter: TitleFacts, language: 'nl' | 'en' = 'nl'): string => readableTitle(letter, language);

/**
 * Letters passing every filter: kind equal, date within [from, to] (a letter without a date is
 * excluded once a date bound is set, unless `undated` includes it), and a signatory who is the
 * chosen person: any form of the name in `signatoryNames`, else that exact name.
 */
export function filterLetters(letters: readonly LetterSummary[], filters: LetterFilters): LetterSummary[] {
  const names = filters.signatory ? new Set(namesOf(filters)) : null;
  const dated = (l: LetterSummary, test: (date: string) => boolean) => (l.date === null ? Boolean(filters.undated) : test(l.date));
  return letters.filter(
    (l) =>
      (!filters.kind || l.kind === filters.kind) &&
      (!filters.dateFrom || dated(l, (date) => date >= filters.dateFrom)) &&
      (!filters.dateTo || dated(l, (date) => date <= filters.dateTo)) &&
      (!names || l.signatories.some((s) => names.has(s.name))),
  );
}

/** How many letters without a date a date filter hides: those passing every other filter. Zero without a date bound. */
export function hiddenUndated(letters: readonly LetterSummary[], filters: LetterFilters): number {
  if (!filters.dateFrom && !filters.dateTo) return 0;
  const others = filterLetters(letters, { ...filters, dateFrom: '', dateTo: '' });
  return others.filter((l) => l.date === null).length;
}

/** The signatories of the letters as people (app/corpus/signatory-name), each with every form of the name used. */
export const peopleOf = (letters: readonly LetterSummary[]): SignatoryGroup[] =>
  groupSignatories(letters.flatMap((l) => l.signatories.map((s) => s.name)));

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

/** Distinct non-empty values, Dutch-sorted, for the filter menus; signatories as people (one label per person). */
export function facets(letters: readonly LetterSummary[]): { kinds: string[]; signatories: string[] } {
  const kinds = new Set<string>();
  for (const l of letters) if (l.kind) kinds.add(l.kind);
  return { kinds: [...kinds].sort(collator.compare), signatories: peopleOf(letters).map((person) => person.label) };
}

/** The same filters as a corpusSearch request, so search hits respect them too (a person as all forms of the name). */
export function searchRequestOf(query: string, filters: LetterFilters): SearchRequest {
  const request: SearchRequest = { query, limit: 100 };
  if (filters.kind) request.kinds = [filters.kind];
  if (filters.dateFrom) request.dateFrom = filters.dateFrom;
  if (filters.dateTo) request.dateTo = filters.dateTo;
  if ((filters.dateFrom || filters.dateTo) && filters.undated) request.undated = true;
  if (filters.signatory) {
    const names = namesOf(filters);
    if (names.length === 1) request.signatory = names[0];
    else request.signatories = [...names];
  }
  return request;
}
