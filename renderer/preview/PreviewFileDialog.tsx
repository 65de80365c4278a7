import './PreviewFileDialog.css';

import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { DRIVES_PATH, type PreviewDialogRequest, type PreviewListing } from '../../app/ipc/preview-dialog';
import { answerDialog, listFolder, onPreviewDialog } from '../bridge/preview-files';

/** `folder` + `name` with the folder's own separator (`\` on Windows). */
const joinPath = (folder: string, name: string): string => {
  if (folder === DRIVES_PATH) return name; // a drive root (`C:\`) in the list of drives
  const separator = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return folder.endsWith(separator) ? folder + name : `${folder}${separator}${name}`;
};

const saving = (request: PreviewDialogRequest) => request.kind === 'briefing-save' || request.kind === 'export';

/**
 * The browser preview's file dialog (issue 21.1), a stand-in for the desktop app's native ones:
 * the preview server asks for it (main/preview/page-dialogs.ts), it lists the folders of this
 * computer from the user's home (names only) and answers with the folder or file the user picks;
 * only that is granted. A save asks before replacing an existing file.
 */
export function PreviewFileDialog() {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [request, setRequest] = useState<PreviewDialogRequest | null>(null);
  const [folder, setFolder] = useState<PreviewListing | null>(null);
  const [location, setLocation] = useState('');
  const [name, setName] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [exists, setExists] = useState<string | null>(null);

  const go = async (path: string) => {
    setError(null);
    setSelected(null);
    const listing = await listFolder(path);
    if ('error' in listing) return setError(listing.error);
    setFolder(listing);
    setLocation(listing.path);
  };

  useEffect(
    () =>
      onPreviewDialog((next) => {
        setRequest(next);
        setName(next.suggestedName ?? '');
        setExists(null);
        setFolder(null);
        void go(next.start);
      }),
    [],
  );
  useEffect(() => {
    if (request && !dialog.current?.open) dialog.current?.showModal();
  }, [request]);

  const close = () => {
    dialog.current?.close();
    setRequest(null);
  };
  const answer = async (path: string | null, overwrite = false) => {
    if (!request) return;
    const reply = await answerDialog(request.id, path, overwrite);
    if ('exists' in reply) return setExists(reply.exists);
    if ('error' in reply) return setError(reply.error);
    close();
  };

  if (!request) return <dialog ref={dialog} className="preview-dialog" aria-label={t('preview.title_corpus')} />;
  const shown = (folder?.entries ?? []).filter(
    (entry) => entry.folder || request.extensions.some((ext) => entry.name.toLowerCase().endsWith(ext)),
  );
  const title = t(`preview.title_${request.kind}`, { format: request.format ? t(`preview.format_${request.format}`) : '' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!folder) return;
    if (saving(request)) void answer(joinPath(folder.path, name.trim()));
    else if (selected) void answer(joinPath(folder.path, selected));
    else if (request.kind === 'corpus') void answer(folder.path);
  };
  const primary = saving(request)
    ? t(request.kind === 'export' ? 'preview.export' : 'preview.save')
    : request.kind === 'corpus' && !selected
      ? t('preview.openFolder')
      : t('preview.open');

  return (
    <dialog
      ref={dialog}
      className="preview-dialog"
      aria-labelledby="preview-dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        void answer(null);
      }}
    >
      <form onSubmit={submit}>
        <h2 id="preview-dialog-title">{title}</h2>
        <p className="muted">{t(`preview.hint_${request.kind}`)}</p>
        <div className="preview-location">
          <label>
            <span>{t('preview.location')}</span>
            <input
              value={location}
              onChange={(e) => setLocation(e.target.value)}
              onKeyDown={(e) => {
                if (e.key !== 'Enter') return;
                e.preventDefault();
                void go(location);
              }}
            />
          </label>
          <button type="button" className="button" onClick={() => void go(location)}>
            {t('preview.go')}
          </button>
          <button type="button" className="button" disabled={!folder?.parent} onClick={() => folder?.parent && void go(folder.parent)}>
            {t('preview.up')}
          </button>
          <button type="button" className="button" onClick={() => void go(request.start)}>
            {t('preview.home')}
          </button>
        </div>
        <ul className="preview-entries" aria-label={t('preview.entries')}>
          {!folder && <li className="muted">{t('preview.loading')}</li>}
          {folder && shown.length === 0 && <li className="muted">{t('preview.empty')}</li>}
          {shown.map((entry) => (
            <li key={entry.name}>
              <button
                type="button"
                className={`preview-entry${entry.folder ? ' is-folder' : ''}`}
                aria-pressed={entry.folder ? undefined : selected === entry.name}
                onClick={() => {
                  if (entry.folder) void go(joinPath(folder!.path, entry.name));
                  else if (saving(request)) setName(entry.name);
                  else setSelected(entry.name);
                }}
                onDoubleClick={() => !entry.folder && !saving(request) && void answer(joinPath(folder!.path, entry.name))}
              >
                <span aria-hidden="true">{entry.folder ? '📁' : '📄'}</span> {entry.name}
                {entry.folder && <span className="visually-hidden">, {t('preview.folder')}</span>}
              </button>
            </li>
          ))}
        </ul>
        {saving(request) && (
          <label className="preview-name">
            <span>{t('preview.name')}</span>
            <input value={name} onChange={(e) => (setName(e.target.value), setExists(null))} />
          </label>
        )}
        {error && (
          <p role="alert" className="preview-error">
            {error}
          </p>
        )}
        {exists && (
          <div role="alert" className="preview-exists">
            <p>{t('preview.exists', { name: exists.split(/[\\/]/).pop() })}</p>
            <button type="button" className="button primary" onClick={() => void answer(exists, true)}>
              {t('preview.replace')}
            </button>
            <button type="button" className="button" onClick={() => setExists(null)}>
              {t('preview.otherName')}
            </button>
          </div>
        )}
        <div className="preview-actions">
          <button type="button" className="button" onClick={() => void answer(null)}>
            {t('preview.cancel')}
          </button>
          <button
            type="submit"
            className="button primary"
            disabled={!folder || Boolean(exists) || (request.kind === 'briefing-open' && !selected) || (saving(request) && !name.trim())}
          >
            {primary}
          </button>
        </div>
      </form>
    </dialog>
  );
}
