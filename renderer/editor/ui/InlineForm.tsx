import { type FormEvent, type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { useEditorUi, useStore } from '../context/EditorUiContext';
import { setDraft } from './form-state';

interface Props {
  label: string;
  submitLabel: string;
  multiline?: boolean;
  /** The text to start from (editing an existing note). */
  initialText?: string;
  /** Which draft this form keeps (`EditorUi.drafts`): its unsent text survives other forms opening. */
  draft: string;
  /** Further buttons after submit and cancel (e.g. "Verwijderen"). */
  children?: ReactNode;
  onSubmit(text: string): void;
  onCancel(): void;
}

/**
 * A small one-field form (footnote text, comment text): Enter submits, Escape cancels. Its text is
 * its own draft (`draft`), kept while another form is open and shown again when it reopens.
 */
export function InlineForm({ label, submitLabel, multiline, initialText = '', draft, children, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const ui = useEditorUi();
  const id = useId();
  const kept = useStore(ui.drafts).get(draft);
  const text = kept ?? initialText;
  const setText = (value: string) => setDraft(ui, draft, value === initialText ? '' : value);
  const cancel = () => {
    setDraft(ui, draft, '');
    onCancel();
  };
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  // Editing or a kept draft: the caret starts after the existing text, ready to add to it.
  useEffect(() => {
    const end = field.current?.value.length ?? 0;
    field.current?.setSelectionRange(end, end);
  }, [initialText]);
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!text.trim()) return;
    setDraft(ui, draft, '');
    onSubmit(text.trim());
  };
  const common = {
    id,
    ref: field,
    value: text,
    autoFocus: true,
    onChange: (event: { target: { value: string } }) => setText(event.target.value),
    onKeyDown: (event: React.KeyboardEvent) => {
      if (event.key === 'Escape') cancel();
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
      <button type="button" className="ed-passage-action" onClick={cancel}>
        {t('common.cancel')}
      </button>
      {children}
    </form>
  );
}
