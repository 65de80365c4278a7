import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useTranslation } from 'react-i18next';

import { useEditorUi, useStore, useStoreSelector } from '../../context/EditorUiContext';
import { $restoreFormSelection, closeForms } from '../../ui/form-state';
import { InlineForm } from '../../ui/InlineForm';
import { INSERT_FOOTNOTE_COMMAND } from './footnote-commands';
import { $removeUserFootnote, $setUserFootnoteText, $userFootnoteAt } from './footnote-edit';

/**
 * The form for a new footnote (opened by OPEN_FOOTNOTE_FORM_COMMAND) or for editing one of the
 * user's own footnotes (opened through `ui.editingFootnote`, from its reference or the footnote area).
 */
export function FootnoteForm() {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const ui = useEditorUi();
  const form = useStore(ui.form);
  const editing = useStore(ui.editingFootnote);
  const editedNumber = useStoreSelector(ui.numbering, (numbering) => numbering.refNumbers.get(editing ?? ''));
  const editedNote = editing ? editor.getEditorState().read(() => $userFootnoteAt(editing)) : null;
  const close = () => closeForms(editor, ui);

  if (editing && editedNote) {
    const save = (text: string) => {
      editor.update(() => void $setUserFootnoteText(editing, text));
      close();
    };
    const remove = () => {
      editor.update(() => void $removeUserFootnote(editing));
      close();
    };
    return (
      <InlineForm
        key={editing}
        label={t('editor.editFootnoteText', { number: editedNumber ?? '' })}
        submitLabel={t('editor.saveFootnote')}
        initialText={editedNote.text}
        draft={`footnote:${editing}`}
        onSubmit={save}
        onCancel={close}
      >
        <button type="button" className="ed-passage-action" onClick={remove}>
          {t('editor.deleteFootnote')}
        </button>
      </InlineForm>
    );
  }
  if (form?.kind !== 'footnote') return null;
  const insert = (text: string) => {
    editor.update(() => {
      $restoreFormSelection(form);
      editor.dispatchCommand(INSERT_FOOTNOTE_COMMAND, text);
    });
    close();
  };
  return (
    <InlineForm draft="footnote" label={t('editor.footnoteText')} submitLabel={t('editor.insert')} onSubmit={insert} onCancel={close} />
  );
}
