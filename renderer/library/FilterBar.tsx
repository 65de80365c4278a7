import './FilterBar.css';

import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { kindLabel } from '../../app/corpus/title';
import type { LetterSummary } from '../../app/corpus/types';
import { useInterfaceLanguage } from '../i18n/language';
import {
  facets,
  filtersActive,
  hiddenUndated,
  type LetterFilters,
  type LetterSort,
  NO_FILTERS,
  peopleOf,
  withSignatory,
} from './letter-filter';

interface Props {
  sort: LetterSort;
  onSort: (sort: LetterSort) => void;
  filters: LetterFilters;
  onFilters: (filters: LetterFilters) => void;
  /** The corpus's letters: the kinds and signatories offered come from them. */
  letters: readonly LetterSummary[];
}

/**
 * Sort order and the kind / date range / signatory filters (they apply to search hits too). The
 * filters say what they hide: with a date bound, the letters without a date are a group of their
 * own ("2 zonder datum") that can be included; a signatory is a person, whatever form of the name
 * a letter uses. The panel wraps to any pane width.
 */
export const FilterBar = memo(function FilterBar({ sort, onSort, filters, onFilters, letters }: Props) {
  const { t } = useTranslation();
  const language = useInterfaceLanguage();
  const people = useMemo(() => peopleOf(letters), [letters]);
  const { kinds } = useMemo(() => facets(letters), [letters]);
  const undated = useMemo(() => hiddenUndated(letters, filters), [letters, filters]);
  const set = (patch: Partial<LetterFilters>) => onFilters({ ...filters, ...patch });
  const active = filtersActive(filters);
  // Open while the user works in it, also when a field is cleared and no filter is left active.
  const [open, setOpen] = useState(active);
  return (
    <details className="filters" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {t('library.filters')}
        {active && <span className="filter-dot" aria-hidden="true" />}
      </summary>
      <div className="filter-grid">
        <label>
          <span>{t('library.sort')}</span>
          <select value={sort} onChange={(e) => onSort(e.target.value as LetterSort)}>
            <option value="date-desc">{t('library.sortDateDesc')}</option>
            <option value="date-asc">{t('library.sortDateAsc')}</option>
            <option value="title">{t('library.sortTitle')}</option>
          </select>
        </label>
        <label>
          <span>{t('library.kind')}</span>
          <select value={filters.kind} onChange={(e) => set({ kind: e.target.value })}>
            <option value="">{t('library.allKinds')}</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {kindLabel(k, language)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('library.dateFrom')}</span>
          <input type="date" value={filters.dateFrom} onChange={(e) => set({ dateFrom: e.target.value })} />
        </label>
        <label>
          <span>{t('library.dateTo')}</span>
          <input type="date" value={filters.dateTo} onChange={(e) => set({ dateTo: e.target.value })} />
        </label>
        {undated > 0 && (
          <label className="wide filter-undated">
            <input type="checkbox" checked={Boolean(filters.undated)} onChange={(e) => set({ undated: e.target.checked })} />
            <span>{t('library.undatedInclude', { count: undated })}</span>
          </label>
        )}
        <label className="wide">
          <span>{t('library.signatory')}</span>
          <select value={filters.signatory} onChange={(e) => onFilters(withSignatory(filters, e.target.value, people))}>
            <option value="">{t('library.anySignatory')}</option>
            {people.map((person) => (
              <option key={person.label} value={person.label} title={person.names.join(' · ')}>
                {person.label}
              </option>
            ))}
          </select>
        </label>
        {active && (
          <button type="button" className="button link wide" onClick={() => onFilters(NO_FILTERS)}>
            {t('library.clearFilters')}
          </button>
        )}
      </div>
    </details>
  );
});
