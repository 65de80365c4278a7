import { type ReactNode, type RefObject, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { LetterSummary } from '../../app/corpus/types';
import type { SearchHit } from '../../app/ipc/contract';
import { Highlighted } from '../ui/Highlighted';
import { nextIndex } from '../ui/list-navigation';
import { displayTitle } from './letter-filter';
import type { SearchState } from './useSearch';

interface Props {
  query: string;
  onQuery: (query: string) => void;
  search: SearchState;
  summaryOf: (file: string) => LetterSummary | undefined;
  onOpenHit: (hit: SearchHit) => void;
  inputRef: RefObject<HTMLInputElement | null>;
  /** Shown between the box and the hits (the filters, which apply to the hits too). */
  between?: ReactNode;
}

const optionId = (i: number) => `search-hit-${i}`;

/**
 * The search box as a combobox over a listbox of ranked hits: focus stays in the box, ArrowUp/Down
 * move the active hit (aria-activedescendant), Enter opens it, Escape clears the search.
 */
export function SearchPanel({ query, onQuery, search, summaryOf, onOpenHit, inputRef, between }: Props) {
  const { t } = useTranslation();
  const [active, setActive] = useState(-1);
  const hits = search.hits;
  useEffect(() => {
    setActive(hits.length > 0 ? 0 : -1);
  }, [hits]);
  useEffect(() => {
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  const open = query.trim() !== '';

  return (
    <div className="search" role="search">
      <label htmlFor="library-search" className="visually-hidden">
        {t('library.search')}
      </label>
      <input
        id="library-search"
        ref={inputRef}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-expanded={open && hits.length > 0}
        aria-controls="search-hits"
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 && hits[active] ? optionId(active) : undefined}
        aria-describedby="search-help"
        placeholder={t('library.searchPlaceholder')}
        aria-keyshortcuts="Control+F"
        value={query}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') return onQuery('');
          if (event.key === 'Enter' && hits[active]) {
            event.preventDefault();
            return onOpenHit(hits[active]);
          }
          if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
          const next = nextIndex(event.key, active, hits.length);
          if (next === null) return;
          event.preventDefault();
          setActive(next);
        }}
      />
      <p id="search-help" className="visually-hidden">
        {t('library.searchHelp')}
      </p>
      {between}
      {open && (
        <p className="search-count muted" role="status">
          {search.pending
            ? t('library.searching')
            : (search.error ??
              (hits.length > 0 ? t('library.hits', { count: hits.length }) : t('library.noHits', { query: query.trim() })))}
        </p>
      )}
      <ul
        id="search-hits"
        role="listbox"
        aria-label={t('library.searchResults')}
        className="search-hits"
        hidden={!open || hits.length === 0}
      >
        {hits.map((hit, i) => {
          const summary = summaryOf(hit.file);
          return (
            <li
              key={`${hit.file}#${hit.block}#${hit.footnote ?? ''}#${i}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className="search-hit"
              data-file={hit.file}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => (setActive(i), onOpenHit(hit))}
            >
              <span className="hit-letter">
                {summary ? displayTitle(summary) : hit.file}
                {hit.footnote && <span className="hit-badge">{t('library.inFootnote')}</span>}
              </span>
              <span className="hit-snippet">
                <Highlighted text={hit.snippet} ranges={hit.highlights} />
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
