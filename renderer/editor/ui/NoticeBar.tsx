import { useTranslation } from 'react-i18next';

import { useEditorUi, useStore } from '../context/EditorUiContext';

/**
 * Errors (role alert) and confirmations (role status) about the briefing; the briefing itself is
 * kept. `busy` (e.g. "Exporteren naar Word…" while a slow export runs) is announced in the same
 * status region, above the confirmation.
 */
export function NoticeBar({ busy = null }: { busy?: string | null } = {}) {
  const { t } = useTranslation();
  const ui = useEditorUi();
  const notice = useStore(ui.notice);
  return (
    <>
      <div role="alert" className={notice?.kind === 'error' ? 'briefing-notice is-error' : undefined}>
        {notice?.kind === 'error' && <NoticeText text={notice.text} onClose={() => ui.notice.set(null)} label={t('editor.dismiss')} />}
      </div>
      <div role="status" className={notice?.kind === 'info' || busy ? 'briefing-notice is-info' : undefined}>
        {busy && <p className="briefing-busy">{busy}</p>}
        {notice?.kind === 'info' && <NoticeText text={notice.text} onClose={() => ui.notice.set(null)} label={t('editor.dismiss')} />}
      </div>
    </>
  );
}

function NoticeText({ text, onClose, label }: { text: string; onClose(): void; label: string }) {
  return (
    <>
      <p>{text}</p>
      <button type="button" aria-label={label} onClick={onClose}>
        ✕
      </button>
    </>
  );
}
