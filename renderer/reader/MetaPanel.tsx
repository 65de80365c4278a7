import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatLocalDate } from '../../app/corpus/localized-date';
import type { Letter, LetterSummary } from '../../app/corpus/types';
import { call } from '../bridge/api';
import { fieldsOf, type MetaFields, patchOf } from './meta-form';
import { MetaFieldInputs } from './MetaFieldInputs';

interface Props {
  letter: Letter;
  onSaved: (summary: LetterSummary) => void;
}

/** The letter's metadata, shown and editable; Save writes the corpus's sidecar via main. */
export function MetaPanel({ letter, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<MetaFields | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const unknown = <span className="muted">{t('reader.unknown')}</span>;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!editing) return;
    setBusy(true);
    try {
      onSaved(await call('corpusUpdateMeta', { file: letter.file, patch: patchOf(editing) }));
      setEditing(null);
      setMessage({ error: false, text: t('reader.saved') });
    } catch (error) {
      setMessage({ error: true, text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  if (editing) {
    return (
      <form className="meta-form" onSubmit={save} aria-label={t('reader.metadata')}>
        <MetaFieldInputs fields={editing} onChange={setEditing} />
        <div className="meta-actions">
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? t('reader.saving') : t('reader.save')}
          </button>
          <button type="button" className="button" onClick={() => setEditing(null)}>
            {t('common.cancel')}
          </button>
        </div>
        {message?.error && <p role="alert">{message.text}</p>}
      </form>
    );
  }
  return (
    <section className="meta" aria-label={t('reader.metadata')}>
      <dl className="meta-list">
        <dt>{t('reader.fieldDate')}</dt>
        <dd>
          {formatLocalDate(letter.date, i18n.language === 'en' ? 'en' : 'nl') ?? unknown}
          {letter.date && letter.dateSource === 'file-properties' && (
            <span className="muted meta-source"> ({t('reader.dateFromProperties')})</span>
          )}
        </dd>
        <dt>{t('reader.fieldKind')}</dt>
        <dd>{letter.kind ?? unknown}</dd>
        {letter.ministry && (
          <>
            <dt>{t('reader.fieldMinistry')}</dt>
            <dd>{letter.ministry}</dd>
          </>
        )}
        <dt>{t('reader.fieldReferences')}</dt>
        <dd>{letter.references.length > 0 ? letter.references.join(' · ') : unknown}</dd>
        <dt>{t('reader.fieldSignatories')}</dt>
        <dd>
          {letter.signatories.length > 0
            ? letter.signatories.map((s) => (s.function ? `${s.name} (${s.function})` : s.name)).join('; ')
            : unknown}
        </dd>
      </dl>
      <button type="button" className="button" onClick={() => (setEditing(fieldsOf(letter)), setMessage(null))}>
        {t('reader.edit')}
      </button>
      <span role="status" className="meta-status">
        {message && !message.error ? message.text : ''}
      </span>
    </section>
  );
}
