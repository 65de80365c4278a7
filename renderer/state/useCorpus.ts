import { useEffect, useState } from 'react';

import type { CorpusProgress, CorpusState } from '../../app/ipc/contract';
import { bridge, call } from '../bridge/api';

/** The open corpus as main reports it, kept current by main's `corpusChanged`/`corpusProgress` events. */
export function useCorpus(): { state: CorpusState | null; progress: CorpusProgress | null; error: string | null } {
  const [state, setState] = useState<CorpusState | null>(null);
  const [progress, setProgress] = useState<CorpusProgress | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const api = bridge();
    const offChanged = api.on('corpusChanged', (next) => live && setState(next));
    const offProgress = api.on('corpusProgress', (next) => live && setProgress(next));
    call('corpusState', {})
      .then((next) => live && setState(next))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
      offChanged();
      offProgress();
    };
  }, []);

  return { state, progress: progress ?? state?.progress ?? null, error };
}
