import { $getRoot, $getSelection, $isRangeSelection, $setSelection, type BaseSelection, type LexicalEditor } from 'lexical';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { BriefingSession } from '../briefing/use-briefing-session';
import type { EditorUi } from './context/EditorUiContext';
import { newId } from './ids';
import { $createFootnoteRefNode } from './nodes/FootnoteRefNode';
import { $anchorComment, $removeComment } from './plugins/Comments/comments';
import { InlineForm } from './ui/InlineForm';

/**
 * The small input forms for "insert footnote" and "add comment". The editor's selection is kept
 * when a form opens (focus moves to its input) and restored when it is submitted.
 */
export function useNoteAndCommentForms(editor: LexicalEditor, ui: EditorUi, session: BriefingSession) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<'footnote' | 'comment' | null>(null);
  const saved = useRef<BaseSelection | null>(null);
  const { setAnnotations, properties } = session;

  const openWith = useCallback(
    (next: 'footnote' | 'comment') => {
      saved.current = editor.getEditorState().read(() => $getSelection()?.clone() ?? null);
      setKind(next);
    },
    [editor],
  );
  const restore = () => {
    if (saved.current) $setSelection(saved.current.clone());
  };
  const close = () => {
    setKind(null);
    editor.focus();
  };

  const insertFootnote = (text: string) => {
    editor.update(() => {
      restore();
      const node = $createFootnoteRefNode({ id: newId('u'), origin: 'user', text });
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.insertNodes([node]);
      else $getRoot().selectEnd().insertNodes([node]);
    });
    close();
  };

  const addComment = (text: string) => {
    const id = newId('a');
    let anchored = false;
    editor.update(
      () => {
        restore();
        anchored = $anchorComment(id);
      },
      { discrete: true },
    );
    if (!anchored) {
      ui.notice.set({ kind: 'error', text: t('editor.commentNeedsSelection') });
      return;
    }
    setAnnotations((old) => [...old, { id, author: properties.author, date: new Date().toISOString(), text }]);
    close();
  };

  const deleteComment = useCallback(
    (id: string) => {
      editor.update(() => $removeComment(id));
      setAnnotations((old) => old.filter((annotation) => annotation.id !== id));
    },
    [editor, setAnnotations],
  );

  let form: ReactNode = null;
  if (kind === 'footnote') {
    form = <InlineForm label={t('editor.footnoteText')} submitLabel={t('editor.insert')} onSubmit={insertFootnote} onCancel={close} />;
  } else if (kind === 'comment') {
    form = <InlineForm label={t('editor.commentText')} submitLabel={t('editor.addComment')} multiline onSubmit={addComment} onCancel={close} />;
  }
  return { form, openFootnote: () => openWith('footnote'), openComment: () => openWith('comment'), deleteComment };
}
