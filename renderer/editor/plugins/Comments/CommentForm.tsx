import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useTranslation } from 'react-i18next';

import { useEditorUi, useStore } from '../../context/EditorUiContext';
import { $restoreFormSelection, closeForms } from '../../ui/form-state';
import { InlineForm } from '../../ui/InlineForm';
import { ADD_COMMENT_COMMAND } from './comment-commands';

/** The form for a comment on the selection (opened by OPEN_COMMENT_FORM_COMMAND). */
export function CommentForm() {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const ui = useEditorUi();
  const form = useStore(ui.form);
  if (form?.kind !== 'comment') return null;

  // The anchor and the comment's entry change in one update: one undo step for both.
  const add = (text: string) => {
    let anchored = false;
    editor.update(
      () => {
        $restoreFormSelection(form);
        anchored = editor.dispatchCommand(ADD_COMMENT_COMMAND, text);
      },
      { discrete: true },
    );
    if (!anchored) {
      ui.notice.set({ kind: 'error', text: t('editor.commentNeedsSelection') });
      return;
    }
    closeForms(editor, ui);
  };
  return (
    <InlineForm
      draft="comment"
      label={t('editor.commentText')}
      submitLabel={t('editor.addComment')}
      multiline
      onSubmit={add}
      onCancel={() => closeForms(editor, ui)}
    />
  );
}
