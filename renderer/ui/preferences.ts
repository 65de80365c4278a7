import { useSyncExternalStore } from 'react';

import { call } from '../bridge/api';

const USER_NAME_KEY = 'dossier.userName';
const listeners = new Set<() => void>();
/** The account's name as main reports it (the `userName` IPC method); '' until it answers or when unknown. */
let account = '';
let asked = false;

const notify = () => {
  for (const listener of listeners) listener();
};

/** Asks main once for the account's name, the default of the user's name. */
function askAccount(): void {
  if (asked) return;
  asked = true;
  call('userName', {})
    .then(({ name }) => {
      account = name.trim();
      notify();
    })
    .catch(() => undefined); // no bridge (unit tests) or an old main: no default
}

/** The name set in the preferences (this window's localStorage, `dossier.userName`), '' when not set. */
function storedName(): string {
  try {
    return localStorage.getItem(USER_NAME_KEY)?.trim() ?? '';
  } catch {
    return '';
  }
}

/**
 * The user's name: as set once in the preferences (kept in this window's localStorage under
 * `dossier.userName`), else the account's name (main's `userName`: the operating system's user
 * name), else ''. Comments carry it as their author; without it they take the briefing's author
 * property.
 */
export function userName(): string {
  askAccount();
  return storedName() || account;
}

/** Sets (or with '' clears, back to the account's name) the user's name in the preferences. */
export function setUserName(name: string): void {
  localStorage.setItem(USER_NAME_KEY, name);
  notify();
}

/** The user's name, re-rendering when the preferences change or the account's name arrives. */
export function useUserName(): string {
  return useSyncExternalStore((listener) => (listeners.add(listener), () => listeners.delete(listener)), userName, userName);
}

/** Only the name set in the preferences ('' when not set: the account's name applies), for the field that sets it. */
export function useStoredUserName(): string {
  return useSyncExternalStore((listener) => (listeners.add(listener), () => listeners.delete(listener)), storedName, storedName);
}
