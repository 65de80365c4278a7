import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { call } from '../bridge/api';
import type { BriefingSession } from './use-briefing-session';

type Recovery = NonNullable<Awaited<ReturnType<typeof call<'briefingRecovery'>>>>;

/** On start: an autosaved briefing left by a crash or an unconfirmed close is offered back. */
export function RecoveryDialog({ session }: { session: BriefingSession }) {
  const { t, i18n } = useTranslation();
  const [recovery, setRecovery] = useState<Recovery | null>(null);
  const { guard, load } = session;

  useEffect(() => {
    void guard(async () => setRecovery(await call('briefingRecovery', {})));
  }, [guard]);

  if (!recovery) return null;
  const time = new Date(recovery.savedAt).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nl-NL');
  const recover = () => {
    load(recovery.briefing, recovery.path, { dirty: true });
    setRecovery(null);
  };
  const discard = () => {
    setRecovery(null);
    void guard(async () => void (await call('briefingDiscardRecovery', {})));
  };
  return (
    <div className="briefing-recovery" role="alertdialog" aria-labelledby="recovery-title" aria-describedby="recovery-text">
      <h3 id="recovery-title">{t('editor.recoveryTitle')}</h3>
      <p id="recovery-text">{t('editor.recoveryText', { time })}</p>
      <div className="ed-trim-actions">
        <button type="button" className="ed-passage-action is-primary" onClick={recover} autoFocus>
          {t('editor.recover')}
        </button>
        <button type="button" className="ed-passage-action" onClick={discard}>
          {t('editor.discard')}
        </button>
      </div>
    </div>
  );
}
