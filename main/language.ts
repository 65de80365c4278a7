import type { Language } from '../app/ipc/messages';

/**
 * The interface language main speaks in: its menu, its dialogs and the keyed messages it sends
 * (app/ipc/messages). Dutch until the renderer says otherwise (the `setLanguage` request, sent at
 * start and on every switch); one setting for the process.
 */
let current: Language = 'nl';
const listeners = new Set<(language: Language) => void>();

export function interfaceLanguage(): Language {
  return current;
}

/** Sets the language and tells the listeners (the menu rebuilds) when it changed. */
export function setInterfaceLanguage(language: Language): void {
  if (language === current) return;
  current = language;
  for (const listener of listeners) listener(language);
}

/** Calls `listener` after each change; returns the unsubscribe function. */
export function onInterfaceLanguage(listener: (language: Language) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
