import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import type { QuoteStatus } from '../../app/ipc/contract';
import { call } from '../bridge/api';
import type { EditorUi } from '../editor/context/EditorUiContext';
import { userName } from '../ui/preferences';
import { withCommentAuthors } from './comment-authors';
import type { BriefingSession } from './use-briefing-session';

/** "Citaten controleren", export to Word/PDF (checking quotes first) and print. */
export function useExportActions(session: BriefingSession, ui: EditorUi) {
  const { t } = useTranslation();
  const { current, guard } = session;

  /** Checks every passage against the corpus; flags show on the passages; returns the statuses. */
  const runCheck = useCallback(async (): Promise<QuoteStatus[]> => {
    ui.notice.set({ kind: 'info', text: t('editor.checking') });
    const statuses = await call('quotesCheck', { briefing: current() });
    ui.quoteStatuses.set(new Map(statuses.map((status) => [status.passage, status])));
    const faithful = statuses.filter((status) => status.status === 'faithful').length;
    const flagged = statuses.filter((status) => status.status !== 'faithful');
    const summary = statuses.length === 0 ? t('editor.checkNone') : t('editor.checkResult', { faithful, total: statuses.length });
    ui.notice.set({ kind: flagged.length > 0 ? 'error' : 'info', text: [summary, ...flagged.map((status) => status.message)].join(' ') });
    return statuses;
  }, [current, ui, t]);

  const checkQuotes = useCallback(() => guard(async () => void (await runCheck())), [guard, runCheck]);

  const exportAs = useCallback(
    (method: 'exportDocx' | 'exportPdf') =>
      guard(async () => {
        const flagged = (await runCheck()).filter((status) => status.status !== 'faithful');
        if (flagged.length > 0 && !window.confirm(t('editor.exportFlagged', { count: flagged.length }))) return;
        const result = await call(method, { briefing: withCommentAuthors(current(), userName()) });
        if (result) ui.notice.set({ kind: 'info', text: t('editor.exported', { path: result.path }) });
      }),
    [guard, runCheck, current, ui, t],
  );

  const print = useCallback(() => guard(async () => void (await call('printBriefing', { briefing: current() }))), [guard, current]);

  return {
    checkQuotes,
    exportDocx: () => exportAs('exportDocx'),
    exportPdf: () => exportAs('exportPdf'),
    print,
  };
}
