import { useEffect, useState } from 'react';

import type { Letter } from '../../app/corpus/types';
import { call } from '../bridge/api';

/**
 * Fetches the letter `file` (again whenever `version` changes, e.g. after the corpus reloaded);
 * responses for a file no longer wanted are dropped.
 */
export function useLetter(file: string | null, version: unknown) {
  const [letter, setLetter] = useState<Letter | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!file) {
      setLetter(null);
      return;
    }
    let live = true;
    call('corpusLetter', { file })
      .then((next) => {
        if (!live) return;
        setLetter(next);
        setError(null);
      })
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [file, version]);

  return { letter: letter && letter.file === file ? letter : null, error, setLetter };
}
