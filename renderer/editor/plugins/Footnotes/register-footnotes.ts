import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_EDITOR, COMMAND_PRIORITY_LOW, KEY_DOWN_COMMAND, type LexicalEditor } from 'lexical';

import { commandForKey } from '../../../../app/commands/lookup';
import type { EditorUi } from '../../context/EditorUiContext';
import { $openForm } from '../../ui/form-state';
import { INSERT_FOOTNOTE_COMMAND, OPEN_FOOTNOTE_FORM_COMMAND } from './footnote-commands';
import { $insertUserFootnote, $userFootnoteAt } from './footnote-edit';

/**
 * The footnote feature's registrations: INSERT_FOOTNOTE_COMMAND, OPEN_FOOTNOTE_FORM_COMMAND and its
 * shortcut (app/commands `insert-footnote`); opening a footnote for editing closes the insert
 * forms, and the edit form closes when its footnote leaves the text (undo, load).
 */
export function registerFootnotes(editor: LexicalEditor, ui: EditorUi): () => void {
  return mergeRegister(
    editor.registerCommand(
      INSERT_FOOTNOTE_COMMAND,
      (text) => {
        const trimmed = text.trim();
        if (!trimmed) return false;
        $insertUserFootnote(trimmed);
        return true;
      },
      COMMAND_PRIORITY_EDITOR,
    ),
    editor.registerCommand(
      OPEN_FOOTNOTE_FORM_COMMAND,
      () => {
        $openForm(ui, 'footnote');
        return true;
      },
      COMMAND_PRIORITY_EDITOR,
    ),
    editor.registerCommand(
      KEY_DOWN_COMMAND,
      (event) => {
        if (commandForKey('editor', event) !== 'insert-footnote') return false;
        event.preventDefault();
        return editor.dispatchCommand(OPEN_FOOTNOTE_FORM_COMMAND, undefined);
      },
      COMMAND_PRIORITY_LOW,
    ),
    ui.editingFootnote.subscribe(() => {
      if (ui.editingFootnote.get()) ui.form.set(null);
    }),
    editor.registerUpdateListener(({ editorState }) => {
      const key = ui.editingFootnote.get();
      if (key && !editorState.read(() => $userFootnoteAt(key))) ui.editingFootnote.set(null);
    }),
  );
}
