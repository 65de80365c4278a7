import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

import type { LetterSearchRequest, LetterSearchResult } from '../../app/ipc/contract';
import { call } from '../bridge/api';
import { AheadAnswers } from './ahead-answers';
import { type LetterFilters, searchRequestOf } from './letter-filter';

/**
 * Letters asked for at first: the first screen and a little more (every letter found is counted
 * in the totals anyway); scrolling to the end asks for SEARCH_MORE more, up to the contract's 500.
 * Fewer letters make fewer snippets for main to cut and less to send and render (bench:library:
 * 50 letters were 30.6 kB a key, 20 are about 12 kB).
 */
export const SEARCH_LETTERS = 20;
export const SEARCH_MORE = 100;
const MAX_LETTERS = 500;
/** Best hits shown per letter before it is expanded. */
export const SEARCH_SNIPPETS = 2;

export interface SearchState {
  /** The query the result belongs to ('' when none). */
  query: string;
  result: LetterSearchResult | null;
  /**
   * `quick`: `result` is the renderer's first answer (the letters the query names by number or
   * title, useQuickLetters), shown in the key's own frame while main searches the text; `full`:
   * main's answer, which replaces it.
   */
  stage: 'quick' | 'full';
  /** The request that gave `result` (to ask for one letter's hits with the same filters). */
  request: LetterSearchRequest | null;
  pending: boolean;
  error: string | null;
  /** Asks for more letters of the same search (when more were found than shown); absent when none can be had. */
  more?: () => void;
  /**
   * Sends the search for `query` at once, from the key's own event, before React renders the
   * typed character (bench:library: that render took 5 ms of each key); the render's effect then
   * finds it sent. Optional to call: the effect sends it otherwise.
   */
  start: (query: string) => void;
}

/** Runs `task` after the next frame is painted (a task queued from the frame's callback), or soon where no frames are drawn. */
const afterPaint = (task: () => void): void => {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(task, 0));
  else setTimeout(task, 0);
};

const EMPTY = { query: '', result: null, stage: 'full', request: null, pending: false, error: null } as const;

/** A first answer for `query` (useQuickLetters), or null when there is none to give before main's. */
export type QuickAnswer = (query: string, filters: LetterFilters) => LetterSearchResult | null;
const keyOf = (query: string, filters: LetterFilters) => query + '\u0000' + JSON.stringify(filters);

/**
 * Results as you type, grouped per letter (corpusSearchLetters). No debounce: each keystroke asks
 * main at once (from the key's event through `start`, else from the render's effect), but never
 * more than one request is under way; keys typed meanwhile are folded into one request for the
 * latest query, sent when the answer comes. An older answer never overwrites a newer query's.
 * `corpusVersion` re-runs the search when the corpus changes (also as a load adds letters).
 * `quick` gives a first answer in the key's own frame (stage `quick`) when it has one: the
 * letters the query names by number or title, ranked first by main as well; main's answer
 * (stage `full`) replaces it. Main's answer to a key's query is shown from the key's own event,
 * in the frame it lands in, when main gave it ahead (AheadAnswers: once a query's answer is shown,
 * main is asked for the answers of the query extended by each character that continues a term) or
 * gave it before (a key taken back), for the same corpus state.
 */
export function useSearch(query: string, filters: LetterFilters, corpusVersion: unknown, quick?: QuickAnswer): SearchState {
  const [state, setState] = useState<Omit<SearchState, 'start'>>(EMPTY);
  const latest = useRef(0);
  const busy = useRef(false);
  const waiting = useRef<(() => void) | null>(null);
  const answers = useRef(new AheadAnswers());
  // The request last sent (its JSON) and the corpus it was sent for: the effect does not send it twice.
  const sent = useRef<{ request: string; corpus: unknown } | null>(null);
  // How many letters to ask for, for which query and filters (a new search starts at SEARCH_LETTERS).
  const [wanted, setWanted] = useState<{ for: unknown; limit: number }>({ for: null, limit: SEARCH_LETTERS });
  const limit = wanted.for === keyOf(query, filters) ? wanted.limit : SEARCH_LETTERS;
  const current = useRef({ filters, corpusVersion, quick });
  current.current = { filters, corpusVersion, quick };

  const issue = useCallback((typed: string, filtersNow: LetterFilters, limitNow: number, corpus: unknown): void => {
    const q = typed.trim();
    const request: LetterSearchRequest = { ...searchRequestOf(q, filtersNow), limit: limitNow, snippets: SEARCH_SNIPPETS };
    const json = JSON.stringify(request);
    if (sent.current?.request === json && sent.current.corpus === corpus) return;
    sent.current = { request: json, corpus };
    const seq = ++latest.current;
    // Main's answers to the next keys, asked for once this query's answer is painted (their
    // search in main and their arrival here would otherwise compete with this key's frame).
    const ahead = () =>
      afterPaint(
        () => seq === latest.current && answers.current.fetch({ ...request, limit: SEARCH_LETTERS }, corpus, () => seq === latest.current),
      );
    if (q === '') {
      waiting.current = null;
      setState(EMPTY);
      ahead();
      return;
    }
    // Main's answer to this very request, given ahead of the key (or shown before): in this task.
    const known = answers.current.get(request, corpus);
    if (known) {
      waiting.current = null;
      setState({ query: q, result: known, stage: 'full', request, pending: false, error: null });
      ahead();
      return;
    }
    const send = (): void => {
      busy.current = true;
      call('corpusSearchLetters', request)
        .then((result) => {
          answers.current.put(request, result, corpus);
          if (seq !== latest.current) return;
          setState({ query: q, result, stage: 'full', request, pending: false, error: null });
          ahead();
        })
        .catch(
          (e: unknown) =>
            seq === latest.current &&
            setState({
              query: q,
              result: null,
              stage: 'full',
              request,
              pending: false,
              error: e instanceof Error ? e.message : String(e),
            }),
        )
        .finally(() => {
          busy.current = false;
          const next = waiting.current;
          waiting.current = null;
          next?.();
        });
    };
    // The first answer, in this same task (from the key's event: the key's own frame); not over
    // main's answer to the same query (a load adding letters, a filter changed).
    const first = current.current.quick?.(q, filtersNow) ?? null;
    setState((s) =>
      first && (s.query !== q || s.stage === 'quick')
        ? { query: q, result: first, stage: 'quick', request, pending: true, error: null }
        : s.pending
          ? s
          : { ...s, pending: true },
    );
    if (busy.current) waiting.current = send;
    else send();
  }, []);

  useEffect(() => issue(query, filters, limit, corpusVersion), [issue, query, filters, corpusVersion, limit]);

  const start = useCallback(
    (typed: string) => issue(typed, current.current.filters, SEARCH_LETTERS, current.current.corpusVersion),
    [issue],
  );
  const { result } = state;
  const key = keyOf(query, filters);
  const canMore = Boolean(result && !state.pending && result.groups.length < result.totalLetters && limit < MAX_LETTERS);
  // Stable while nothing changes, so the memoised results list does not render again per key.
  const more = useMemo(
    () => (canMore ? () => setWanted({ for: key, limit: Math.min(MAX_LETTERS, limit + SEARCH_MORE) }) : undefined),
    [canMore, key, limit],
  );
  return more ? { ...state, start, more } : { ...state, start };
}
