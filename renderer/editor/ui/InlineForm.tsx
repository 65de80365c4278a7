import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  submitLabel: string;
  multiline?: boolean;
  onSubmit(text: string): void;
  onCancel(): void;
}

/** A small one-field form (footnote text, comment text): Enter submits, Escape cancels. */
export function InlineForm({ label, submitLabel, multiline, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (text.trim()) onSubmit(text.trim());
  };
  const common = {
    id,
    value: text,
    autoFocus: true,
    onChange: (event: { target: { value: string } }) => setText(event.target.value),
    onKeyDown: (event: React.KeyboardEvent) => {
      if (event.key === 'Escape') onCancel();
      if (event.key === 'Enter' && (!multiline || event.ctrlKey)) submit(event);
    },
  };
  return (
    <form className="ed-inline-form" onSubmit={submit}>
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={2} {...common} /> : <input type="text" {...common} />}
      <button type="submit" className="ed-passage-action">
        {submitLabel}
      </button>
      <button type="button" className="ed-passage-action" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </form>
  );
}
