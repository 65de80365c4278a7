import './briefing.css';

import { useTranslation } from 'react-i18next';

import { useCommandLabel } from '../ui/useCommandLabel';
import type { BriefingSession } from './use-briefing-session';

/** New (the template choice, `onNew`), Open, Save, Save as and the recent briefings, with the name and unsaved mark. */
export function BriefingFileBar({ session, onNew }: { session: BriefingSession; onNew(): void }) {
  const { t } = useTranslation();
  const { label, tooltip } = useCommandLabel();
  return (
    <div className="briefing-filebar">
      <h2 className="briefing-name" title={session.path ?? undefined}>
        {session.dirty && (
          <span className="briefing-dirty" aria-label={t('editor.unsaved')}>
            •{' '}
          </span>
        )}
        {session.name}
      </h2>
      <div className="briefing-file-actions">
        <button type="button" className="ed-passage-action" onClick={onNew} title={tooltip('briefing-new')}>
          {t('editor.new')}
        </button>
        <button type="button" className="ed-passage-action" onClick={() => void session.open()} title={tooltip('briefing-open')}>
          {t('editor.open')}
        </button>
        <button type="button" className="ed-passage-action" onClick={() => void session.save()} title={tooltip('briefing-save')}>
          {label('briefing-save')}
        </button>
        <button type="button" className="ed-passage-action" onClick={() => void session.save(true)} title={tooltip('briefing-save-as')}>
          {label('briefing-save-as')}
        </button>
        <select
          className="briefing-recent"
          aria-label={t('editor.recent')}
          value=""
          onFocus={() => void session.refreshRecent()}
          onChange={(event) => event.target.value && void session.open(event.target.value)}
        >
          <option value="">{t('editor.recent')}…</option>
          {session.recent.length === 0 && <option disabled>{t('editor.noRecent')}</option>}
          {session.recent.map((entry) => (
            <option key={entry.path} value={entry.path}>
              {entry.name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
