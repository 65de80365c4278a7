import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  submitLabel: string;
  multiline?: boolean;
  /** The text to start from (editing an existing note). */
  initialText?: string;
  /** Further buttons after submit and cancel (e.g. "Verwijderen"). */
  children?: ReactNode;
  onSubmit(text: string): void;
  onCancel(): void;
}

/** A small one-field form (footnote text, comment text): Enter submits, Escape cancels. */
export function InlineForm({ label, submitLabel, multiline, initialText = '', children, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(initialText);
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  // Editing: the caret starts after the existing text, ready to add to it.
  useEffect(() => field.current?.setSelectionRange(initialText.length, initialText.length), [initialText]);
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (text.trim()) onSubmit(text.trim());
  };
  const common = {
    id,
    ref: field,
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
      {children}
    </form>
  );
}
