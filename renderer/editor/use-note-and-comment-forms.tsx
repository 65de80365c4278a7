import { $getRoot, $getSelection, $isRangeSelection, $setSelection, type BaseSelection, type LexicalEditor } from 'lexical';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { type EditorUi, useStore } from './context/EditorUiContext';
import { $addComment, $deleteComment } from './meta/comment-edits';
import { $createFootnoteRefNode } from './nodes/FootnoteRefNode';
import { $removeUserNote, $setUserNoteText, $userNoteAt } from './notes/footnote-edit';
import { InlineForm } from './ui/InlineForm';
import { newId } from './utils/ids';

/**
 * The small input forms for "insert footnote", "edit footnote" and "add comment". The editor's
 * selection is kept when a form opens (focus moves to its input) and restored when it is submitted.
 * Editing is opened through `ui.editingNote` (by the reference in the text or the footnote area).
 */
export function useNoteAndCommentForms(editor: LexicalEditor, ui: EditorUi) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<'footnote' | 'comment' | null>(null);
  const saved = useRef<BaseSelection | null>(null);

  const editing = useStore(ui.editingNote);
  const editedNote = editing ? editor.getEditorState().read(() => $userNoteAt(editing)) : null;
  const editedNumber = useStore(ui.numbering).refNumbers.get(editing ?? '');

  const openWith = useCallback(
    (next: 'footnote' | 'comment') => {
      saved.current = editor.getEditorState().read(() => $getSelection()?.clone() ?? null);
      ui.editingNote.set(null);
      setKind(next);
    },
    [editor, ui],
  );
  // Opening a note for editing closes the other forms; the form closes when its note goes (undo, load).
  useEffect(() => {
    if (editing) setKind(null);
  }, [editing]);
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        const key = ui.editingNote.get();
        if (key && !editorState.read(() => $userNoteAt(key))) ui.editingNote.set(null);
      }),
    [editor, ui],
  );
  const $restore = () => {
    if (saved.current) $setSelection(saved.current.clone());
  };
  const close = () => {
    setKind(null);
    ui.editingNote.set(null);
    editor.focus();
  };

  const insertFootnote = (text: string) => {
    editor.update(() => {
      $restore();
      const node = $createFootnoteRefNode({ id: newId('u'), origin: 'user', text });
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.insertNodes([node]);
      else $getRoot().selectEnd().insertNodes([node]);
    });
    close();
  };

  const saveNote = (text: string) => {
    if (editing) editor.update(() => void $setUserNoteText(editing, text));
    close();
  };
  const removeNote = () => {
    if (editing) editor.update(() => void $removeUserNote(editing));
    close();
  };

  // The anchor and the comment's entry change in one update: one undo step for both.
  const addComment = (text: string) => {
    let anchored = false;
    editor.update(
      () => {
        $restore();
        anchored = $addComment(newId('a'), text, new Date().toISOString());
      },
      { discrete: true },
    );
    if (!anchored) {
      ui.notice.set({ kind: 'error', text: t('editor.commentNeedsSelection') });
      return;
    }
    close();
  };

  const deleteComment = useCallback((id: string) => editor.update(() => $deleteComment(id)), [editor]);

  let form: ReactNode = null;
  if (editing && editedNote) {
    form = (
      <InlineForm
        key={editing}
        label={t('editor.editNoteText', { number: editedNumber ?? '' })}
        submitLabel={t('editor.saveNote')}
        initialText={editedNote.text}
        onSubmit={saveNote}
        onCancel={close}
      >
        <button type="button" className="ed-passage-action" onClick={removeNote}>
          {t('editor.deleteNote')}
        </button>
      </InlineForm>
    );
  } else if (kind === 'footnote') {
    form = <InlineForm label={t('editor.footnoteText')} submitLabel={t('editor.insert')} onSubmit={insertFootnote} onCancel={close} />;
  } else if (kind === 'comment') {
    form = (
      <InlineForm label={t('editor.commentText')} submitLabel={t('editor.addComment')} multiline onSubmit={addComment} onCancel={close} />
    );
  }
  return { form, openFootnote: () => openWith('footnote'), openComment: () => openWith('comment'), deleteComment };
}
