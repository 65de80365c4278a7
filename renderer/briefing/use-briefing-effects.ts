import { useEffect, useRef } from 'react';

import type { MenuCommand } from '../../app/ipc/contract';
import { bridge, call } from '../bridge/api';
import { isBrowserPreview, windowTitle } from './briefing-name';
import type { BriefingSession } from './use-briefing-session';

export const AUTOSAVE_MS = 5000;

/** Window title and main's close guard (briefingSetStatus); in the browser, a beforeunload guard. */
export function useWindowStatus(session: BriefingSession): void {
  const { name, dirty } = session;
  useEffect(() => {
    document.title = windowTitle(name, dirty);
    void call('briefingSetStatus', { name, dirty }).catch(() => undefined);
  }, [name, dirty]);
  useEffect(() => {
    if (!dirty || !isBrowserPreview()) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);
}

/** Writes the recovery file every few seconds while there are unsaved changes not yet autosaved. */
export function useAutosave(session: BriefingSession): void {
  const latest = useRef(session);
  latest.current = session;
  const written = useRef(-1);
  useEffect(() => {
    const timer = window.setInterval(() => {
      const { dirty, revision, current, path } = latest.current;
      if (!dirty || written.current === revision) return;
      written.current = revision;
      void call('briefingAutosave', { briefing: current(), path }).catch(() => {
        written.current = -1; // try again at the next tick
      });
    }, AUTOSAVE_MS);
    return () => window.clearInterval(timer);
  }, []);
}

/**
 * Menu commands from main (Electron) and, in the browser preview, the same shortcuts handled here:
 * Ctrl/Cmd+N, O, S and Shift+S, with the browser's own action prevented.
 */
export function useCommands(handlers: Partial<Record<MenuCommand, () => void>>): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    let off: (() => void) | undefined;
    try {
      off = bridge().on('menuCommand', (command) => latest.current[command]?.());
    } catch {
      off = undefined; // no bridge: nothing to listen to
    }
    if (!isBrowserPreview()) return off;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const command: MenuCommand | null =
        event.code === 'KeyN'
          ? 'briefing-new'
          : event.code === 'KeyO'
            ? 'briefing-open'
            : event.code === 'KeyS'
              ? event.shiftKey
                ? 'briefing-save-as'
                : 'briefing-save'
              : event.code === 'KeyP'
                ? 'print'
                : null;
      if (!command) return;
      event.preventDefault();
      latest.current[command]?.();
    };
    window.addEventListener('keydown', onKey, true);
    return () => {
      off?.();
      window.removeEventListener('keydown', onKey, true);
    };
  }, []);
}
