import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { QuoteStatus } from '../../app/ipc/contract';
import { call } from '../bridge/api';
import type { EditorUi } from '../editor/context/EditorUiContext';
import { sourcesAppendixChosen } from '../sources/appendix-preference';
import { withSourcesAppendixNow } from '../sources/use-sources-report';
import { userName } from '../ui/preferences';
import { withCommentAuthors } from './comment-authors';
import type { BriefingSession } from './use-briefing-session';

/** The file formats a briefing exports to, and the contract method of each. */
export type ExportFormat = 'docx' | 'pdf' | 'odt';
const METHODS = { docx: 'exportDocx', pdf: 'exportPdf', odt: 'exportOdt' } as const;
/** How each format is named in "Exporteren naar …". */
const FORMAT_NAMES: Record<ExportFormat, string> = { docx: 'Word', pdf: 'PDF', odt: 'OpenDocument' };

/** An export that takes longer than this shows a busy status and disables the export buttons. */
export const EXPORT_BUSY_DELAY_MS = 300;

/**
 * "Citaten controleren", export to Word/PDF/OpenDocument (checking quotes first) and print.
 * One export at a time: while one runs, another request (button, menu, shortcut) is ignored, and
 * once it has run for EXPORT_BUSY_DELAY_MS, `busy` holds the announced status text
 * ("Exporteren naar Word…") and `exporting` is true (the export buttons are disabled) until it ends.
 */
export function useExportActions(session: BriefingSession, ui: EditorUi) {
  const { t } = useTranslation();
  const { current, guard } = session;
  const running = useRef(false);
  const [busyFormat, setBusyFormat] = useState<ExportFormat | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

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
    async (format: ExportFormat) => {
      if (running.current) return;
      running.current = true;
      timer.current = setTimeout(() => setBusyFormat(format), EXPORT_BUSY_DELAY_MS);
      try {
        await guard(async () => {
          const flagged = (await runCheck()).filter((status) => status.status !== 'faithful');
          if (flagged.length > 0 && !window.confirm(t('editor.exportFlagged', { count: flagged.length }))) return;
          const authored = withCommentAuthors(current(), userName());
          const briefing = sourcesAppendixChosen() ? await withSourcesAppendixNow(authored) : authored;
          const result = await call(METHODS[format], { briefing });
          if (result) ui.notice.set({ kind: 'info', text: t('editor.exported', { path: result.path }) });
        });
      } finally {
        if (timer.current) clearTimeout(timer.current);
        timer.current = null;
        running.current = false;
        setBusyFormat(null);
      }
    },
    [guard, runCheck, current, ui, t],
  );

  const print = useCallback(() => guard(async () => void (await call('printBriefing', { briefing: current() }))), [guard, current]);

  return {
    checkQuotes,
    exportDocx: () => exportAs('docx'),
    exportPdf: () => exportAs('pdf'),
    exportOdt: () => exportAs('odt'),
    print,
    /** True while a slow export runs: the export buttons are disabled. */
    exporting: busyFormat !== null,
    /** The busy status to announce while a slow export runs, else null. */
    busy: busyFormat ? t('editor.exporting', { format: FORMAT_NAMES[busyFormat] }) : null,
  };
}
