import { useEffect, useRef } from 'react';

import { call } from '../bridge/api';
import { isBrowserPreview } from '../ui/browser-preview';
import { windowTitle } from './briefing-name';
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
