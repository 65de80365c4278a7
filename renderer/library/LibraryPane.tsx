import '../ui/ui.css';
import './library.css';

import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { CorpusProgress, CorpusState, SearchHit } from '../../app/ipc/contract';
import { call } from '../bridge/api';
import { briefingHasFocus } from '../ui/briefing-focus';
import { useCommands } from '../ui/useCommands';
import { CorpusHeader } from './CorpusHeader';
import { CorpusStatus } from './CorpusStatus';
import { FilterBar } from './FilterBar';
import { filterLetters, filtersActive, type LetterFilters, type LetterSort, NO_FILTERS, sortLetters } from './letter-filter';
import { LetterList } from './LetterList';
import { SearchPanel } from './SearchPanel';
import { useFileDrop } from './useFileDrop';
import { useQuickLetters } from './useQuickLetters';
import { SEARCH_LETTERS, useSearch } from './useSearch';

interface Props {
  corpus: CorpusState | null;
  progress: CorpusProgress | null;
  /** Letters the running load has sent so far (useCorpus); null: count the list's letters. */
  lettersRead?: number | null;
  selected: string | null;
  onSelect: (file: string) => void;
  onOpenHit: (hit: SearchHit) => void;
}

/** The open corpus: how to open another, its letters (sorted, filtered) and search as you type. */
export function LibraryPane({ corpus, progress, lettersRead = null, selected, onSelect, onOpenHit }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<LetterFilters>(NO_FILTERS);
  const [sort, setSort] = useState<LetterSort>('date-desc');
  const [message, setMessage] = useState<string | null>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  const letters = useMemo(() => corpus?.letters ?? [], [corpus]);
  const filtered = useMemo(() => filterLetters(letters, filters), [letters, filters]);
  // A first answer from the renderer's own index of numbers and titles, within the filters.
  const quickLetters = useQuickLetters(letters);
  const allowed = useMemo(() => (filtersActive(filters) ? new Set(filtered.map((l) => l.file)) : null), [filters, filtered]);
  const quick = useCallback((q: string) => quickLetters(q, SEARCH_LETTERS, allowed), [quickLetters, allowed]);
  const search = useSearch(query, filters, corpus, quick);

  const run = useCallback((task: () => Promise<unknown>) => {
    setMessage(null);
    task().catch((e: unknown) => setMessage(e instanceof Error ? e.message : String(e)));
  }, []);
  const openPaths = useCallback((paths?: string[]) => run(() => call('corpusOpen', paths ? { paths } : {})), [run]);
  // A browser gives no paths for a drop: the folder dialog opens instead, saying why (never "use the other one").
  const noPaths = useCallback(() => {
    openPaths();
    setMessage(t('library.dropNoPaths'));
  }, [openPaths, t]);
  const dropping = useFileDrop(openPaths, noPaths);
  // Stable, so the memoised header does not render again on every key typed in the search box.
  const openFolder = useCallback(() => openPaths(), [openPaths]);
  const openPath = useCallback((path: string) => openPaths([path]), [openPaths]);
  const openSample = useCallback(() => run(() => call('corpusOpenSample', {})), [run]);

  const focusSearch = useCallback(() => {
    searchInput.current?.focus();
    searchInput.current?.select();
  }, []);
  // The menu's "Corpus openen…" and "Zoeken" (Ctrl+F also in the browser preview): the corpus
  // search unless the briefing has the focus (its find bar takes Ctrl+F then).
  useCommands({ 'corpus-open': () => openPaths(), find: () => !briefingHasFocus() && focusSearch() });

  const shown = useMemo(() => sortLetters(filtered, sort), [filtered, sort]);
  const summaries = useMemo(() => new Map(letters.map((l) => [l.file, l])), [letters]);
  const summaryOf = useCallback((file: string) => summaries.get(file), [summaries]);

  if (!corpus) return <p className="pane-status">{t('library.loading')}</p>;
  return (
    <div className={`library${dropping ? ' is-dropping' : ''}`}>
      <CorpusHeader corpus={corpus} onOpenFolder={openFolder} onOpenPath={openPath} onOpenSample={openSample} />
      {message && (
        <p role="alert" className="library-message">
          {message}
        </p>
      )}
      <CorpusStatus progress={progress} errors={corpus.errors} lettersLoaded={lettersRead ?? letters.length} />
      <SearchPanel
        query={query}
        onQuery={setQuery}
        search={search}
        summaryOf={summaryOf}
        onOpenHit={onOpenHit}
        onOpenLetter={onSelect}
        inputRef={searchInput}
        between={<FilterBar sort={sort} onSort={setSort} filters={filters} onFilters={setFilters} letters={letters} />}
      />
      {query.trim() === '' && (
        <>
          <p className="letter-count muted">
            {shown.length === letters.length
              ? t('library.letters', { count: letters.length })
              : t('library.shown', { shown: shown.length, count: letters.length })}
          </p>
          {shown.length === 0 && letters.length > 0 ? (
            <p className="muted">{t('library.noMatch')}</p>
          ) : (
            <LetterList letters={shown} selected={selected} onSelect={onSelect} undatedGroup={sort !== 'title'} />
          )}
        </>
      )}
      {dropping && (
        <div className="drop-overlay" aria-hidden="true">
          {t('library.dropHere')}
        </div>
      )}
    </div>
  );
}
