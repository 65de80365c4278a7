import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { call } from '../bridge/api';
import type { EditorUi } from '../editor/context/EditorUiContext';
import { isBrowserPreview } from '../ui/browser-preview';
import { AutosaveReporter } from './autosave-reporter';
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

/**
 * Writes the recovery file every few seconds (at the first idle period after each 5 s tick, at
 * most 5 s later) while there are unsaved changes not yet autosaved.
 * A failure (a full disk, say) is shown once in the alert region with main's reason, then retried
 * silently at each tick until it works again.
 */
export function useAutosave(session: BriefingSession, ui: EditorUi): void {
  const { t } = useTranslation();
  const latest = useRef({ session, ui, t });
  latest.current = { session, ui, t };
  const written = useRef(-1);
  useEffect(() => {
    const reporter = new AutosaveReporter();
    let idle: number | null = null;
    const write = () => {
      idle = null;
      const { dirty, current, path } = latest.current.session;
      const revision = latest.current.session.revision();
      if (!dirty || written.current === revision) return;
      written.current = revision;
      call('briefingAutosave', { briefing: current(), path }).then(
        () => reporter.succeeded(),
        (error: unknown) => {
          written.current = -1; // try again at the next tick
          const text = reporter.failed(error instanceof Error ? error.message : String(error));
          if (text) latest.current.ui.notice.set({ kind: 'error', text: latest.current.t('common.autosaveFailed', { reason: text }) });
        },
      );
    };
    // Serialising a long briefing takes the main thread for a while: at each tick, wait for a pause
    // in the typing (an idle period), at most one more interval.
    const timer = window.setInterval(() => {
      if (idle === null) idle = requestIdleCallback(write, { timeout: AUTOSAVE_MS });
    }, AUTOSAVE_MS);
    return () => {
      window.clearInterval(timer);
      if (idle !== null) cancelIdleCallback(idle);
    };
  }, []);
}
