import '../ui/modal.css';

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { readableTitle } from '../../app/corpus/title';
import { call } from '../bridge/api';
import { useEditorUi } from '../editor/context/EditorUiContext';
import { fieldsOf, type MetaFields, patchOf } from '../reader/meta-form';
import { MetaFieldInputs } from '../reader/MetaFieldInputs';
import { $refreshPassagesOf } from './complete-source';

interface Props {
  /** The letter (corpus-relative file) whose metadata is to be completed; null: closed. */
  file: string | null;
  onClose(): void;
}

/**
 * The metadata form of a letter quoted with "bron onvolledig" (issue 15): the reader's metadata
 * fields in a modal dialog. Saving writes the corpus's sidecar (corpusUpdateMeta), reads the letter
 * again and makes the citation of every passage quoting it again from what is now known; the
 * briefing's notice says how many were updated, or why none could be.
 */
export function SourceMetaDialog({ file, onClose }: Props) {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const ui = useEditorUi();
  const ref = useRef<HTMLDialogElement>(null);
  const [title, setTitle] = useState('');
  const [fields, setFields] = useState<MetaFields | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    setFields(null);
    setError(null);
    if (!file) {
      if (dialog.open) dialog.close();
      return;
    }
    if (!dialog.open) dialog.showModal();
    let live = true;
    call('corpusLetter', { file }).then(
      (letter) => live && (setTitle(readableTitle(letter)), setFields(fieldsOf(letter))),
      (reason: unknown) =>
        live && setError(t('sources.letterGone', { file, reason: reason instanceof Error ? reason.message : String(reason) })),
    );
    return () => {
      live = false;
    };
  }, [file, t]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!file || !fields) return;
    setBusy(true);
    try {
      await call('corpusUpdateMeta', { file, patch: patchOf(fields) });
      const letter = await call('corpusLetter', { file });
      let result = { updated: 0, stale: 0 };
      editor.update(() => void (result = $refreshPassagesOf(letter)), { discrete: true });
      const text =
        result.stale > 0 ? t('sources.citationsStale', { count: result.stale }) : t('sources.citationsUpdated', { count: result.updated });
      ui.notice.set({ kind: result.stale > 0 ? 'error' : 'info', text });
      ref.current?.close();
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : String(reason));
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={ref} className="modal-dialog sources-dialog" aria-labelledby="source-meta-title" onClose={onClose}>
      <h2 id="source-meta-title">{t('sources.completeTitle')}</h2>
      {title && <p>{title}</p>}
      <p className="sources-summary">{t('sources.completeHelp')}</p>
      {fields && (
        <form className="meta-form" onSubmit={(event) => void save(event)} aria-labelledby="source-meta-title">
          <MetaFieldInputs fields={fields} onChange={setFields} />
          <div className="meta-actions">
            <button type="submit" className="button primary" disabled={busy}>
              {busy ? t('reader.saving') : t('reader.save')}
            </button>
            <button type="button" className="button" onClick={() => ref.current?.close()}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
      {error && <p role="alert">{error}</p>}
      {!fields && (
        <button type="button" className="button" onClick={() => ref.current?.close()}>
          {t('sources.close')}
        </button>
      )}
    </dialog>
  );
}
