import type { LexicalEditor } from 'lexical';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { call } from '../bridge/api';
import type { EditorUi } from '../editor/context/EditorUiContext';
import { briefingJsonWriter } from '../editor/model-mapping/briefing-json';
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
 * most 5 s later) while there are unsaved changes not yet autosaved, and once more, at once, when
 * the page goes away (the window closes) with an edit not yet written. The briefing goes as JSON
 * text that BriefingJsonWriter builds in idle slices from the blocks' kept texts, so a long briefing
 * never takes the page for one long task. A save started meanwhile makes the copy moot (not sent).
 * A failure (a full disk, say) is shown once in the alert region with main's reason, then retried
 * silently at each tick until it works again.
 */
export function useAutosave(editor: LexicalEditor, session: BriefingSession, ui: EditorUi): void {
  const { t } = useTranslation();
  const latest = useRef({ session, ui, t });
  latest.current = { session, ui, t };
  const written = useRef(-1);
  useEffect(() => {
    const reporter = new AutosaveReporter();
    const writer = briefingJsonWriter(editor);
    let idle: number | null = null;
    let building = false;
    const unwritten = (): number | null => {
      const { session: now } = latest.current;
      const revision = now.revision();
      return now.dirty && written.current !== revision && now.savedRevision() < revision ? revision : null;
    };
    const send = (revision: number, briefing: string) => {
      if (revision <= latest.current.session.savedRevision()) return; // saved meanwhile
      written.current = revision;
      call('briefingAutosave', { briefing, path: latest.current.session.path }).then(
        () => reporter.succeeded(),
        (error: unknown) => {
          if (written.current === revision) written.current = -1; // try again at the next tick
          const text = reporter.failed(error instanceof Error ? error.message : String(error));
          if (text) latest.current.ui.notice.set({ kind: 'error', text: latest.current.t('common.autosaveFailed', { reason: text }) });
        },
      );
    };
    const write = () => {
      idle = null;
      const revision = unwritten();
      if (revision === null || building) return;
      building = true;
      void writer
        .inSlices(editor.getEditorState())
        .then((briefing) => send(revision, briefing))
        .finally(() => (building = false));
    };
    // At each tick, wait for a pause in the typing (an idle period), at most one more interval.
    const timer = window.setInterval(() => {
      if (idle === null) idle = requestIdleCallback(write, { timeout: AUTOSAVE_MS });
    }, AUTOSAVE_MS);
    // Closing: the last edits at once (the blocks' texts are mostly kept, so this is short).
    const flush = () => {
      const revision = unwritten();
      if (revision !== null) send(revision, writer.now(editor.getEditorState()));
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('pagehide', flush);
      if (idle !== null) cancelIdleCallback(idle);
    };
  }, [editor]);
}
