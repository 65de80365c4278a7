import { useEffect, useRef, useState } from 'react';

import type { SearchHit } from '../../app/ipc/contract';
import { call } from '../bridge/api';
import { type LetterFilters, searchRequestOf } from './letter-filter';

export const SEARCH_DEBOUNCE_MS = 120;

export interface SearchState {
  /** The query the hits belong to ('' when none). */
  query: string;
  hits: SearchHit[];
  pending: boolean;
  error: string | null;
}

/**
 * Results as you type: asks main ~120 ms after the last keystroke and keeps only the answer to
 * the latest request (a slower answer to an older query never overwrites a newer one).
 * `corpusVersion` re-runs the search when the corpus changes.
 */
export function useSearch(query: string, filters: LetterFilters, corpusVersion: unknown): SearchState {
  const [state, setState] = useState<SearchState>({ query: '', hits: [], pending: false, error: null });
  const latest = useRef(0);

  useEffect(() => {
    const seq = ++latest.current;
    const q = query.trim();
    if (q === '') {
      setState({ query: '', hits: [], pending: false, error: null });
      return;
    }
    setState((s) => ({ ...s, pending: true }));
    const timer = window.setTimeout(() => {
      call('corpusSearch', searchRequestOf(q, filters))
        .then((hits) => seq === latest.current && setState({ query: q, hits, pending: false, error: null }))
        .catch(
          (e: unknown) =>
            seq === latest.current && setState({ query: q, hits: [], pending: false, error: e instanceof Error ? e.message : String(e) }),
        );
    }, SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [query, filters, corpusVersion]);

  return state;
}
