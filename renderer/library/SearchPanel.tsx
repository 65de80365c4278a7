import { type ReactNode, type RefObject, useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { LetterSummary } from '../../app/corpus/types';
import type { SearchHit } from '../../app/ipc/contract';
import { call } from '../bridge/api';
import { nextIndex } from '../ui/list-navigation';
import { formatCount, hitOfRow, resultRows, resultTotalsText } from './search-rows';
import { resultOptionId, SearchResults } from './SearchResults';
import type { SearchState } from './useSearch';

interface Props {
  query: string;
  onQuery: (query: string) => void;
  search: SearchState;
  summaryOf: (file: string) => LetterSummary | undefined;
  onOpenHit: (hit: SearchHit) => void;
  /** Opens a letter found by its number or title only (no hit to scroll to). */
  onOpenLetter: (file: string) => void;
  inputRef: RefObject<HTMLInputElement | null>;
  /** Shown between the box and the hits (the filters, which apply to the hits too). */
  between?: ReactNode;
}

/** Hits of one letter asked for when it is expanded (the contract's maximum). */
const ALL_HITS = 500;
const NONE: ReadonlyMap<string, SearchHit[]> = new Map();

/**
 * The search box as a combobox over a listbox of results grouped per letter: focus stays in the
 * box, ArrowUp/Down/PageUp/PageDown move the active row (aria-activedescendant), Enter opens it
 * (a letter at its best hit), Shift+Enter shows or hides all hits of the active letter, Escape
 * clears the search. The count line gives the real totals ("1.234 treffers in 312 brieven").
 */
export function SearchPanel({ query, onQuery, search, summaryOf, onOpenHit, onOpenLetter, inputRef, between }: Props) {
  const { t, i18n } = useTranslation();
  const result = search.result;
  const groups = useMemo(() => result?.groups ?? [], [result]);
  const found = groups.length > 0;
  // The active row and the expanded letters belong to the query shown: a new query starts at its
  // first letter with nothing expanded (derived here, not reset by an effect, which rendered every
  // result twice); more letters of the same search keep both.
  const [chosen, setChosen] = useState<{ query: string; index: number }>({ query: '', index: -1 });
  const active = chosen.query === search.query ? chosen.index : found ? 0 : -1;
  const setActive = (index: number) => setChosen({ query: search.query, index });
  const [opened, setOpened] = useState<{ query: string; hits: ReadonlyMap<string, SearchHit[]> }>({ query: '', hits: NONE });
  const expanded = opened.query === search.query ? opened.hits : NONE;
  const rows = useMemo(() => resultRows(groups, expanded), [groups, expanded]);
  const open = query.trim() !== '';

  const openRow = (i: number): void => {
    const row = rows[i];
    if (!row) return;
    setActive(i);
    const hit = hitOfRow(row);
    if (hit) onOpenHit(hit);
    else onOpenLetter(row.group.file);
  };
  const toggle = (file: string): void => {
    const shownFor = search.query;
    if (expanded.has(file)) {
      const next = new Map(expanded);
      next.delete(file);
      setOpened({ query: shownFor, hits: next });
      return;
    }
    if (!search.request) return;
    call('corpusSearchLetters', { ...search.request, file, snippets: ALL_HITS })
      .then((one) => {
        const hits = one.groups[0]?.hits;
        if (hits) setOpened((now) => ({ query: shownFor, hits: new Map(now.query === shownFor ? now.hits : NONE).set(file, hits) }));
      })
      .catch(() => undefined);
  };
  // Stable handlers for the (memoised) results list, so a typed key does not render it again.
  const handlers = useRef({ openRow, toggle });
  handlers.current = { openRow, toggle };
  const onOpen = useCallback((i: number) => handlers.current.openRow(i), []);
  const onToggle = useCallback((file: string) => handlers.current.toggle(file), []);

  const provisional = search.stage === 'quick';
  const totals = (): string =>
    !result
      ? ''
      : provisional
        ? t('library.quickFound', { count: result.totalLetters, n: formatCount(result.totalLetters, i18n.language) })
        : resultTotalsText(t, i18n.language, result, query.trim());

  return (
    <div className={`search${open ? ' is-open' : ''}`} role="search">
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
        aria-expanded={open && rows.length > 0}
        aria-controls="search-hits"
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 && rows[active] ? resultOptionId(active) : undefined}
        aria-describedby="search-help"
        placeholder={t('library.searchPlaceholder')}
        aria-keyshortcuts="Control+F"
        value={query}
        onChange={(e) => {
          // The search goes out from the key's event, before React renders the typed character.
          search.start(e.target.value);
          onQuery(e.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') return onQuery('');
          if (event.key === 'Enter' && rows[active]) {
            event.preventDefault();
            if (event.shiftKey) return toggle(rows[active].group.file);
            return openRow(active);
          }
          if (!['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp'].includes(event.key)) return;
          const next = nextIndex(event.key, active, rows.length);
          if (next === null) return;
          event.preventDefault();
          setActive(next);
        }}
      />
      <p id="search-help" className="visually-hidden">
        {t('library.searchHelp')} {t('library.searchHelpGroups')}
      </p>
      {between}
      {open && (
        // data-query: the query whose results are shown, data-stage whether main's full answer or
        // the renderer's first one (bench:library times keys to both).
        <p className="search-count muted" role="status" data-query={result ? search.query : ''} data-stage={search.stage}>
          {search.error ?? (result ? totals() : t('library.searching'))}
        </p>
      )}
      <SearchResults
        rows={rows}
        active={active}
        hidden={!open || rows.length === 0}
        provisional={provisional}
        summaryOf={summaryOf}
        onOpen={onOpen}
        onToggle={onToggle}
        onEndReached={search.more}
      />
    </div>
  );
}
