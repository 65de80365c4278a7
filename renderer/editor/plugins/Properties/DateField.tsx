import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatLocalDate, parseLocalDate } from '../../../../app/corpus/localized-date';

interface Props {
  id: string;
  /** The stored date: ISO `YYYY-MM-DD`, or '' for none (an older free text is shown as it is). */
  value: string;
  onChange(value: string): void;
}

/**
 * The briefing's Datum: written out in the interface language ("30 november 2026", "30 November
 * 2026"; formatLocalDate), never in the browser's own date format, which a native date field
 * follows. Typed text (parseLocalDate: either language, `30-11-2026`, `2026-11-30`) is stored as
 * ISO on leaving the field or Enter, one change (one undo step); text that is no date stays in
 * the field marked invalid, the stored date unchanged. The button opens the calendar of a hidden
 * native date field.
 */
export function DateField({ id, value, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const shown = formatLocalDate(value, i18n.language === 'en' ? 'en' : 'nl') ?? value;
  const text = draft ?? shown;
  const parsed = draft === null ? value : draft.trim() === '' ? '' : parseLocalDate(draft);
  const commit = () => {
    if (draft === null || parsed === null) return;
    setDraft(null);
    if (parsed !== value) onChange(parsed);
  };
  return (
    <span className="ed-date-field">
      <input
        id={id}
        type="text"
        value={text}
        aria-invalid={parsed === null}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          if (event.key === 'Escape' && draft !== null) setDraft(null);
        }}
      />
      <button
        type="button"
        className="ed-date-pick"
        aria-label={t('editor.pickDate')}
        title={t('editor.pickDate')}
        onClick={() => picker.current?.showPicker?.()}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <path d="M2 3h12v11H2zM2 6h12M5 1v4M11 1v4" fill="none" stroke="currentColor" strokeWidth="1.4" />
        </svg>
      </button>
      <input
        ref={picker}
        className="ed-date-picker"
        type="date"
        tabIndex={-1}
        aria-hidden="true"
        value={/^\d{4}-\d{2}-\d{2}$/.test(value) ? value : ''}
        onChange={(event) => {
          setDraft(null);
          onChange(event.target.value);
        }}
      />
    </span>
  );
}
