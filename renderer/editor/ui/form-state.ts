import i18next from 'i18next';
import { $getSelection, $setSelection, type LexicalEditor } from 'lexical';

import type { EditorUi, OpenForm } from '../context/EditorUiContext';

/**
 * Opens the "insert footnote" or "add comment" form (inside `update`, e.g. a command handler),
 * keeping the current selection for when it is submitted; closes a footnote being edited.
 */
export function $openForm(ui: EditorUi, kind: OpenForm['kind']): void {
  const previous = ui.form.get()?.kind;
  if (previous && previous !== kind && ui.drafts.get().get(previous)?.trim()) {
    const kept = { comment: 'editor.commentDraftKept', footnote: 'editor.footnoteDraftKept', link: 'links.draftKept' } as const;
    ui.notice.set({ kind: 'info', text: i18next.t(kept[previous]) });
  }
  ui.editingFootnote.set(null);
  ui.form.set({ kind, selection: $getSelection()?.clone() ?? null });
}

/** Puts back the selection a form was opened with (inside `update`, before acting on it). */
export function $restoreFormSelection(form: OpenForm | null): void {
  if (form?.selection) $setSelection(form.selection.clone());
}

/** Closes every form and gives the focus back to the text. */
export function closeForms(editor: LexicalEditor, ui: EditorUi): void {
  ui.form.set(null);
  ui.editingFootnote.set(null);
  editor.focus();
}

/** Sets (or, with an empty text, clears) the draft of one form; see `EditorUi.drafts`. */
export function setDraft(ui: EditorUi, form: string, text: string): void {
  const next = new Map(ui.drafts.get());
  if (text) next.set(form, text);
  else next.delete(form);
  ui.drafts.set(next);
}
