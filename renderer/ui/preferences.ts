import { useSyncExternalStore } from 'react';

const USER_NAME_KEY = 'dossier.userName';
const listeners = new Set<() => void>();

/**
 * The user's name as set once in the preferences (kept in this window's localStorage under
 * `dossier.userName`), or '' when not set. Comments carry it as their author; without it they take
 * the briefing's author property (main exposes no account name to the renderer yet).
 */
export function userName(): string {
  try {
    return localStorage.getItem(USER_NAME_KEY)?.trim() ?? '';
  } catch {
    return '';
  }
}

/** Sets (or with '' clears) the user's name in the preferences. */
export function setUserName(name: string): void {
  localStorage.setItem(USER_NAME_KEY, name);
  for (const listener of listeners) listener();
}

/** The user's name, re-rendering when the preferences change. */
export function useUserName(): string {
  return useSyncExternalStore((listener) => (listeners.add(listener), () => listeners.delete(listener)), userName, userName);
}
