import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useTranslation } from 'react-i18next';

import { isLinkUrl, normalizeLinkUrl } from '../../../../app/briefing/link-url';
import { useEditorUi, useStore } from '../../context/EditorUiContext';
import { $restoreFormSelection, closeForms, setDraft } from '../../ui/form-state';
import { InlineForm } from '../../ui/InlineForm';
import type { OpenLink } from './link-commands';
import { $applyLink, $removeLink, $selectedLinkUrl } from './link-edit';

/**
 * The link form (opened by OPEN_LINK_FORM_COMMAND, Ctrl+K): the address for the selected words
 * (a web address, `www.…` completed to https, or an e-mail address), or the address of the link
 * the caret is in, with "Link verwijderen" and "Openen in browser". Its text is its own draft
 * (`link`). An address the briefing cannot hold (javascript:, file:, …) is refused with a notice
 * and stays in the field.
 */
export function LinkForm({ openLink }: { openLink: OpenLink }) {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const ui = useEditorUi();
  const form = useStore(ui.form);
  if (form?.kind !== 'link') return null;
  const current = editor.getEditorState().read(() => $selectedLinkUrl(form.selection));
  const refusal = t('links.refused');
  // The refusal belongs to the address that was refused: once the form closes (a good address
  // applied, the link removed, Escape) it goes with it; any other notice stays.
  const close = () => {
    if (ui.notice.get()?.text === refusal) ui.notice.set(null);
    closeForms(editor, ui);
  };
  const apply = (typed: string) => {
    const url = normalizeLinkUrl(typed);
    if (!url) {
      setDraft(ui, 'link', typed);
      ui.notice.set({ kind: 'error', text: refusal });
      return;
    }
    editor.update(() => {
      $restoreFormSelection(form);
      $applyLink(url);
    });
    close();
  };
  const remove = () => {
    editor.update(() => {
      $restoreFormSelection(form);
      $removeLink();
    });
    setDraft(ui, 'link', '');
    close();
  };
  return (
    <InlineForm
      draft="link"
      label={t('links.address')}
      submitLabel={current ? t('links.save') : t('editor.insert')}
      initialText={current ?? ''}
      onSubmit={apply}
      onCancel={close}
    >
      {current && (
        <button type="button" className="ed-passage-action" onClick={remove}>
          {t('links.remove')}
        </button>
      )}
      {current && isLinkUrl(current) && (
        <button type="button" className="ed-passage-action" onClick={() => openLink(current)}>
          {t('links.open')}
        </button>
      )}
    </InlineForm>
  );
}
