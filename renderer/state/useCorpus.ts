import { useEffect, useState } from 'react';

import type { CorpusLetters, CorpusProgress, CorpusState } from '../../app/ipc/contract';
import { bridge, call } from '../bridge/api';
import { lettersReadAfter, withLoadingCorpus } from '../library/load-status';

/**
 * The state with a load's live letters (`corpusLetters`) taken in: `from` 0 starts the list of
 * the corpus being loaded (no errors yet), a `from` equal to the letters held continues it; any
 * other batch is out of step and ignored (the load's closing `corpusChanged` brings them all).
 */
export const withLiveLetters = (state: CorpusState | null, batch: CorpusLetters): CorpusState | null => {
  const { name, root, sample, from, letters } = batch;
  if (from === 0) return { name, root, sample, letters, errors: [], progress: state?.progress ?? { phase: 'parsing', done: 0, total: 0 } };
  if (!state || state.root !== root || state.name !== name || state.letters.length !== from) return state;
  return { ...state, letters: [...state.letters, ...letters] };
};

/**
 * The open corpus as main reports it, kept current by main's `corpusChanged`/`corpusProgress`
 * events, and during a load by `corpusLetters` (the letters read so far). `version` changes only
 * with a whole new state (a load's end, a reload, a metadata edit), not with live letters: what
 * depends on the letters' full text or links (the reader) refreshes on it. `lettersRead`: the
 * letters the running load has sent so far (lettersReadAfter; null before a load starts here).
 */
export function useCorpus(): {
  state: CorpusState | null;
  progress: CorpusProgress | null;
  error: string | null;
  version: object | null;
  lettersRead: number | null;
} {
  const [state, setState] = useState<CorpusState | null>(null);
  const [lettersRead, setLettersRead] = useState<number | null>(null);
  const [version, setVersion] = useState<object | null>(null);
  const [progress, setProgress] = useState<CorpusProgress | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const api = bridge();
    const whole = (next: CorpusState) => {
      setState(next);
      setVersion(next);
    };
    const offChanged = api.on('corpusChanged', (next) => live && whole(next));
    const offLetters = api.on('corpusLetters', (batch) => {
      if (!live) return;
      setState((now) => withLiveLetters(now, batch));
      setLettersRead((read) => lettersReadAfter(read, batch));
    });
    const offProgress = api.on('corpusProgress', (next) => {
      if (!live) return;
      setProgress(next);
      setLettersRead((read) => lettersReadAfter(read, next));
      setState((now) => withLoadingCorpus(now, next));
    });
    call('corpusState', {})
      .then((next) => live && whole(next))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
      offChanged();
      offLetters();
      offProgress();
    };
  }, []);

  return { state, progress: progress ?? state?.progress ?? null, error, version, lettersRead };
}
