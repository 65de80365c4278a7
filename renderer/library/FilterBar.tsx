import { useTranslation } from 'react-i18next';

import { type LetterFilters, type LetterSort, NO_FILTERS } from './letter-filter';

interface Props {
  sort: LetterSort;
  onSort: (sort: LetterSort) => void;
  filters: LetterFilters;
  onFilters: (filters: LetterFilters) => void;
  kinds: readonly string[];
  signatories: readonly string[];
}

/** Sort order and the kind / date range / signatory filters (they apply to search hits too). */
export function FilterBar({ sort, onSort, filters, onFilters, kinds, signatories }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<LetterFilters>) => onFilters({ ...filters, ...patch });
  const active = Object.values(filters).some((v) => v !== '');
  return (
    <details className="filters" open={active || undefined}>
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
                {k}
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
        <label className="wide">
          <span>{t('library.signatory')}</span>
          <select value={filters.signatory} onChange={(e) => set({ signatory: e.target.value })}>
            <option value="">{t('library.anySignatory')}</option>
            {signatories.map((s) => (
              <option key={s} value={s}>
                {s}
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
}
