import { useSyncExternalStore } from 'react';

const KEY = 'dossier.sourcesAppendix';
const listeners = new Set<() => void>();

/**
 * The export option "Bronnenoverzicht als bijlage" (issue 15): whether the Word, PDF and ODT
 * exports end with the sources report. Kept in this window's localStorage under
 * `dossier.sourcesAppendix` ('1' chosen); off by default and where storage is unavailable.
 */
export function sourcesAppendixChosen(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

/** Chooses or clears the option; every useSourcesAppendix caller re-renders. */
export function setSourcesAppendix(chosen: boolean): void {
  localStorage.setItem(KEY, chosen ? '1' : '0');
  for (const listener of listeners) listener();
}

/** The option as React state (see sourcesAppendixChosen). */
export function useSourcesAppendix(): boolean {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, sourcesAppendixChosen);
}
