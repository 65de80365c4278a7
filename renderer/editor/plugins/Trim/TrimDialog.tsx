import './Trim.css';

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Passage } from '../../../../app/briefing/model';
import { cutPassageRange, keepPassageRange, type PassagePoint } from '../../../../app/briefing/trim-range';
import { errorTextIn, isDossierError } from '../../../../app/ipc/errors';
import { useInterfaceLanguage } from '../../../i18n/language';
import { useEditorUi, useStore } from '../../context/EditorUiContext';
import { $isPassageNode } from '../../nodes/PassageNode';
import { TRIM_PASSAGE_COMMAND } from './trim-commands';
import { selectionInPassage } from './trim-selection';
import { TrimPreview } from './TrimPreview';

/**
 * "Inkorten": select words in the passage (in the briefing or in the preview here) and leave them
 * out ("Selectie weglaten": at the start, the end or in the middle, any number of times, each cut
 * shown as "[…]") or keep only them ("Alleen selectie behouden"). The dialog holds its own draft;
 * "Inkorten" applies it as one undo step. No offsets are ever shown.
 */
export function TrimDialog() {
  const [editor] = useLexicalComposerContext();
  const ui = useEditorUi();
  const { t } = useTranslation();
  const language = useInterfaceLanguage();
  const key = useStore(ui.trimming);
  const [original, setOriginal] = useState<Passage | null>(null);
  const [draft, setDraft] = useState<Passage | null>(null);
  const [message, setMessage] = useState('');
  const preview = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const found = key ? editor.getEditorState().read(() => $getNodeByKey(key)) : null;
    const current = $isPassageNode(found) ? editor.getEditorState().read(() => found.getPassage()) : null;
    setOriginal(current);
    setDraft(current);
    setMessage('');
  }, [editor, key]);

  if (!key || !original || !draft) return null;
  const close = () => ui.trimming.set(null);
  const changed = draft !== original;

  /** The selection as source points: in the preview (the draft) or in the briefing's passage. */
  const selected = (): [PassagePoint, PassagePoint] | null =>
    (preview.current && selectionInPassage(preview.current, draft)) ??
    (editor.getElementByKey(key) ? selectionInPassage(editor.getElementByKey(key)!, original) : null);

  const act = (how: 'cut' | 'keep') => {
    const points = selected();
    if (!points) {
      setMessage(t('editor.trimSelectFirst'));
      return;
    }
    try {
      const next = (how === 'cut' ? cutPassageRange : keepPassageRange)(draft, points[0], points[1]).passage;
      setDraft(next);
      setMessage(t(how === 'cut' ? 'editor.trimCut' : 'editor.trimKept'));
      window.getSelection()?.removeAllRanges();
    } catch (error) {
      // Why, in the interface language (trim.* messages); the dialog's own hint for anything unkeyed.
      const hint = t(how === 'cut' ? 'editor.trimNothingLeft' : 'editor.trimSelectFirst');
      setMessage(isDossierError(error) && error.keyed ? errorTextIn(error, language) : hint);
    }
  };
  const apply = () => {
    editor.dispatchCommand(TRIM_PASSAGE_COMMAND, { key, passage: draft });
    close();
  };
  const keepSelection = (event: { preventDefault(): void }) => event.preventDefault();

  return (
    <div className="ed-trim" role="dialog" aria-label={t('editor.trimTitle')}>
      <h3 className="ed-panel-title">{t('editor.trimTitle')}</h3>
      <p className="ed-trim-help">{t('editor.trimHelp')}</p>
      <div ref={preview} className="ed-trim-preview" role="group" aria-label={t('editor.trimPreview')}>
        <TrimPreview passage={draft} />
      </div>
      <p className="ed-trim-message" role="status">
        {message}
      </p>
      <div className="ed-trim-actions">
        <button type="button" className="ed-passage-action" onMouseDown={keepSelection} onClick={() => act('cut')}>
          {t('editor.trimCutSelection')}
        </button>
        <button type="button" className="ed-passage-action" onMouseDown={keepSelection} onClick={() => act('keep')}>
          {t('editor.trimKeepSelection')}
        </button>
        <button type="button" className="ed-passage-action" disabled={!changed} onClick={() => (setDraft(original), setMessage(''))}>
          {t('editor.trimReset')}
        </button>
        <button type="button" className="ed-passage-action is-primary" disabled={!changed} onClick={apply}>
          {t('editor.trimApply')}
        </button>
        <button type="button" className="ed-passage-action" onClick={close}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
