import { $getSelection, $setSelection, type LexicalEditor } from 'lexical';

import type { EditorUi, OpenForm } from '../context/EditorUiContext';

/**
 * Opens the "insert footnote" or "add comment" form (inside `update`, e.g. a command handler),
 * keeping the current selection for when it is submitted; closes a footnote being edited.
 */
export function $openForm(ui: EditorUi, kind: OpenForm['kind']): void {
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
