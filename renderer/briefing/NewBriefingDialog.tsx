import '../ui/modal.css';
import './NewBriefingDialog.css';

import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { type Briefing, emptyBriefing } from '../../app/briefing/model';
import type { TemplateEntry, TemplateList } from '../../app/ipc/contract';
import { call } from '../bridge/api';
import { TemplateOption } from './TemplateOption';

interface Props {
  open: boolean;
  onClose(): void;
  /** The briefing the chosen template makes (a copy: the template file itself is never written). */
  onCreate(briefing: Briefing): void;
}

const EMPTY = 'empty';
const keyOf = (entry: Pick<TemplateEntry, 'origin' | 'file'>) => `${entry.origin}:${entry.file}`;

/**
 * "Nieuw" (issue 19, templates): a modal dialog offering an empty briefing, the built-in notas
 * (Beslisnota, Informatienota, Nota voor debat) and the user's own templates (the `.dossier` files
 * of the templates folder, read by main; an unusable one is shown disabled with the reason). A
 * radio group: arrow keys choose, Enter or "Maken" creates, Escape or "Annuleren" closes.
 * "Sjablonenmap openen" asks main to open that folder in the file manager.
 */
export function NewBriefingDialog({ open, onClose, onCreate }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [list, setList] = useState<TemplateList | null>(null);
  const [choice, setChoice] = useState(EMPTY);
  const [notice, setNotice] = useState<string | null>(null);

  const refresh = () =>
    call('templatesList', {})
      .then(setList)
      .catch((error: unknown) => setNotice(error instanceof Error ? error.message : String(error)));

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setNotice(null);
      setChoice(EMPTY);
      dialog.showModal();
      void refresh();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    try {
      if (choice === EMPTY) return onCreate(emptyBriefing());
      const [origin, ...file] = choice.split(':');
      onCreate(await call('templateOpen', { origin: origin === 'user' ? 'user' : 'builtin', file: file.join(':') }));
    } catch (error) {
      setNotice(error instanceof Error ? error.message : String(error));
    }
  };

  const openFolder = async () => {
    try {
      const result = await call('templatesOpenFolder', {});
      setNotice(
        result.opened ? t('templates.folderIs', { folder: result.folder }) : t('templates.folderNotOpened', { folder: result.folder }),
      );
      await refresh();
    } catch (error) {
      setNotice(error instanceof Error ? error.message : String(error));
    }
  };

  const builtins = list?.templates.filter((entry) => entry.origin === 'builtin') ?? [];
  const own = list?.templates.filter((entry) => entry.origin === 'user') ?? [];
  const option = (entry: TemplateEntry) => (
    <TemplateOption
      key={keyOf(entry)}
      name={`${id}-template`}
      entry={entry}
      checked={choice === keyOf(entry)}
      onChoose={() => setChoice(keyOf(entry))}
    />
  );
  return (
    <dialog ref={ref} className="modal-dialog new-briefing-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      {/* The closed dialog keeps no content in the page (nothing for a screen reader or a search to find). */}
      {open && (
        <form onSubmit={(event) => void create(event)}>
          <h2 id={`${id}-title`}>{t('templates.title')}</h2>
          <fieldset className="new-briefing-options">
            <legend>{t('templates.choose')}</legend>
            <TemplateOption name={`${id}-template`} entry={null} checked={choice === EMPTY} onChoose={() => setChoice(EMPTY)} />
            {list === null ? <p className="new-briefing-muted">{t('templates.loading')}</p> : builtins.map(option)}
            <h3 className="new-briefing-group">{t('templates.own')}</h3>
            {list !== null && own.length === 0 && <p className="new-briefing-muted">{t('templates.noOwn')}</p>}
            {own.map(option)}
          </fieldset>
          {notice && (
            <p className="new-briefing-notice" role="status">
              {notice}
            </p>
          )}
          <div className="new-briefing-actions">
            <button type="button" className="ed-passage-action" onClick={() => void openFolder()}>
              {t('templates.openFolder')}
            </button>
            <span className="new-briefing-spacer" />
            <button type="button" className="ed-passage-action" onClick={() => ref.current?.close()}>
              {t('templates.cancel')}
            </button>
            <button type="submit" className="ed-passage-action is-primary">
              {t('templates.create')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
