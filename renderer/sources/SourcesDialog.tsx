import '../ui/modal.css';
import './sources.css';

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import type { Briefing } from '../../app/briefing/model';
import { useInterfaceLanguage } from '../i18n/language';
import { setSourcesAppendix, useSourcesAppendix } from './appendix-preference';
import { SourceEntry } from './SourceEntry';
import { useSourcesReport } from './use-sources-report';

interface Props {
  /** The briefing to report on while the dialog is open; null: the dialog is closed. */
  briefing: Briefing | null;
  onClose(): void;
}

/**
 * The Bronnenoverzicht in the app (issue 15, "Sources report"): a modal dialog listing every source
 * of the briefing in first-quoted order, with its official citation, title, publication link
 * (opened only through openExternal), its file's recorded vs current sha-256 and its passages
 * (locator, first words, verbatim status). Choosing a passage closes the dialog and moves the
 * focus to that passage in the briefing. Escape or "Sluiten" closes it.
 */
export function SourcesDialog({ briefing, onClose }: Props) {
  const { t } = useTranslation();
  const language = useInterfaceLanguage();
  const ref = useRef<HTMLDialogElement>(null);
  const state = useSourcesReport(briefing, language);
  const open = briefing !== null;
  const appendix = useSourcesAppendix();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const jump = (id: string) => {
    ref.current?.close();
    const target = document.querySelector<HTMLElement>(`[data-passage-id="${CSS.escape(id)}"]`);
    target?.scrollIntoView({ block: 'center' });
    target?.focus();
  };

  return (
    <dialog ref={ref} className="modal-dialog sources-dialog" aria-labelledby="sources-title" onClose={onClose}>
      <header className="sources-header">
        <h2 id="sources-title">{t('sources.title')}</h2>
        <button type="button" className="ed-passage-action" onClick={() => ref.current?.close()}>
          {t('sources.close')}
        </button>
      </header>
      <label className="sources-option">
        <input type="checkbox" checked={appendix} onChange={(event) => setSourcesAppendix(event.target.checked)} />{' '}
        {t('sources.appendixOption')}
      </label>
      {open && state.kind === 'loading' && <p role="status">{t('sources.loading')}</p>}
      {open && state.kind === 'failed' && <p role="alert">{t('sources.failed', { reason: state.reason })}</p>}
      {open && state.kind === 'ready' && state.report.passageCount === 0 && <p>{t('sources.empty')}</p>}
      {open && state.kind === 'ready' && state.report.passageCount > 0 && (
        <>
          <p className="sources-summary">
            {t('sources.summary', {
              sources: t('sources.sourceCount', { count: state.report.sources.length }),
              passages: t('sources.passageCount', { count: state.report.passageCount }),
            })}
          </p>
          <ol className="sources-list" aria-label={t('sources.list')}>
            {state.report.sources.map((source) => (
              <SourceEntry key={`${source.file}\u0000${source.hash}`} source={source} onPassage={jump} />
            ))}
          </ol>
        </>
      )}
    </dialog>
  );
}
