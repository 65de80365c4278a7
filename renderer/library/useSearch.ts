import { useEffect, useRef, useState } from 'react';

import type { LetterSearchRequest, LetterSearchResult } from '../../app/ipc/contract';
import { call } from '../bridge/api';
import { type LetterFilters, searchRequestOf } from './letter-filter';

/**
 * Letters asked for at first: a screenful and more (every letter found is counted in the totals
 * anyway); scrolling to the end asks for SEARCH_MORE more, up to the contract's 500. Fewer letters
 * make fewer snippets for main to cut and less to send, which keeps each key within a frame.
 */
export const SEARCH_LETTERS = 50;
export const SEARCH_MORE = 100;
const MAX_LETTERS = 500;
/** Best hits shown per letter before it is expanded. */
export const SEARCH_SNIPPETS = 2;

export interface SearchState {
  /** The query the result belongs to ('' when none). */
  query: string;
  result: LetterSearchResult | null;
  /** The request that gave `result` (to ask for one letter's hits with the same filters). */
  request: LetterSearchRequest | null;
  pending: boolean;
  error: string | null;
  /** Asks for more letters of the same search (when more were found than shown); absent when none can be had. */
  more?: () => void;
}

const EMPTY: SearchState = { query: '', result: null, request: null, pending: false, error: null };

/**
 * Results as you type, grouped per letter (corpusSearchLetters). No debounce: each keystroke asks
 * main at once, but never more than one request is under way; keys typed meanwhile are folded
 * into one request for the latest query, sent when the answer comes. An older answer never
 * overwrites a newer query's. `corpusVersion` re-runs the search when the corpus changes.
 */
export function useSearch(query: string, filters: LetterFilters, corpusVersion: unknown): SearchState {
  const [state, setState] = useState<SearchState>(EMPTY);
  const latest = useRef(0);
  const busy = useRef(false);
  const waiting = useRef<(() => void) | null>(null);
  // How many letters to ask for, for which query and filters (a new search starts at SEARCH_LETTERS).
  const [wanted, setWanted] = useState<{ for: unknown; limit: number }>({ for: null, limit: SEARCH_LETTERS });
  const limit = wanted.for === query + '\u0000' + JSON.stringify(filters) ? wanted.limit : SEARCH_LETTERS;

  useEffect(() => {
    const seq = ++latest.current;
    const q = query.trim();
    if (q === '') {
      waiting.current = null;
      setState(EMPTY);
      return;
    }
    const request: LetterSearchRequest = { ...searchRequestOf(q, filters), limit, snippets: SEARCH_SNIPPETS };
    const send = (): void => {
      busy.current = true;
      call('corpusSearchLetters', request)
        .then((result) => seq === latest.current && setState({ query: q, result, request, pending: false, error: null }))
        .catch(
          (e: unknown) =>
            seq === latest.current &&
            setState({ query: q, result: null, request, pending: false, error: e instanceof Error ? e.message : String(e) }),
        )
        .finally(() => {
          busy.current = false;
          const next = waiting.current;
          waiting.current = null;
          next?.();
        });
    };
    setState((s) => (s.pending ? s : { ...s, pending: true }));
    if (busy.current) waiting.current = send;
    else send();
  }, [query, filters, corpusVersion, limit]);

  const { result } = state;
  if (!result || state.pending || result.groups.length >= result.totalLetters || limit >= MAX_LETTERS) return state;
  const key = query + '\u0000' + JSON.stringify(filters);
  return { ...state, more: () => setWanted({ for: key, limit: Math.min(MAX_LETTERS, limit + SEARCH_MORE) }) };
}
