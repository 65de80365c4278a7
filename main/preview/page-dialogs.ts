import { randomUUID } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, parse, resolve } from 'node:path';

import { DossierError } from '../../app/ipc/errors';
import { message, renderMessage } from '../../app/ipc/messages';
import {
  DRIVES_PATH,
  type PreviewAnswerReply,
  type PreviewDialogKind,
  type PreviewDialogRequest,
  type PreviewListing,
} from '../../app/ipc/preview-dialog';
import { LETTER_EXTENSIONS } from '../corpus/letter-file';
import { ioReasonMessage } from '../io-errors';
import type { Dialogs, ExportKind } from '../ipc/ports';
import { interfaceLanguage } from '../language';
import { drivesListing, parentFolder } from './drive-roots';

/** The most entries a listing returns (names only); a larger folder is cut off there. */
const MAX_ENTRIES = 5000;

interface Pending {
  request: PreviewDialogRequest;
  resolve: (path: string | null) => void;
}

const extensionsOf = (kind: PreviewDialogKind, format?: ExportKind): string[] =>
  kind === 'corpus'
    ? LETTER_EXTENSIONS.filter((ext) => ['.txt', '.docx', '.pdf'].includes(ext))
    : kind === 'export'
      ? [`.${format}`]
      : ['.dossier'];

const text = (key: Parameters<typeof message>[0], params: Parameters<typeof message>[1] = {}) =>
  renderMessage(message(key, params), interfaceLanguage());

/**
 * The preview's file dialogs, shown by the page itself (renderer/preview/PreviewFileDialog): each
 * dialog is an event to the page (`ask`), which lists folders through `list` and answers through
 * `answer`; the handler then grants the path as the desktop app grants a native dialog's answer
 * (main/ipc/path-grants.ts). Folders are listed only while a dialog is open, names only, starting
 * in the user's home. A save over an existing file needs the user's confirmation (`overwrite`).
 */
export class PageDialogs implements Dialogs {
  private readonly pending = new Map<string, Pending>();
  private lastFolder: string;

  /**
   * @param ask sends the dialog request to the open page(s); returns false when no page listens.
   * @param home the folder the first dialog starts in (the user's home).
   */
  constructor(
    private readonly ask: (request: PreviewDialogRequest) => boolean,
    home: string,
  ) {
    this.lastFolder = resolve(home);
  }

  /** Whether a dialog waits for its answer (folders are listed only then). */
  get open(): boolean {
    return this.pending.size > 0;
  }

  private show(kind: PreviewDialogKind, suggestedName?: string, format?: ExportKind): Promise<string | null> {
    const request: PreviewDialogRequest = {
      id: randomUUID(),
      kind,
      format,
      suggestedName,
      extensions: extensionsOf(kind, format),
      start: this.lastFolder,
    };
    return new Promise((done, fail) => {
      this.pending.set(request.id, { request, resolve: done });
      if (!this.ask(request)) {
        this.pending.delete(request.id);
        fail(new DossierError('unsupported', message('preview.no-page')));
      }
    });
  }

  async openCorpus() {
    const path = await this.show('corpus');
    return path === null ? null : [path];
  }
  openBriefing() {
    return this.show('briefing-open');
  }
  saveBriefing(suggestedName: string) {
    return this.show('briefing-save', suggestedName);
  }
  saveExport(suggestedName: string, kind: ExportKind) {
    return this.show('export', suggestedName, kind);
  }

  /** Ends every open dialog as cancelled (the page went away). */
  cancelAll(): void {
    for (const [id, pending] of this.pending) {
      this.pending.delete(id);
      pending.resolve(null);
    }
  }

  /**
   * The names in folder `path` (absolute): folders and files, hidden ones (a leading dot) left out,
   * folders first, then by name; at most 5,000. On Windows the Up of a drive root and DRIVES_PATH
   * list the drives (./drive-roots.ts). Only while a dialog is open; throws DossierError
   * `forbidden` otherwise, and the file system's reason when the folder cannot be read.
   */
  async list(path: string): Promise<PreviewListing> {
    if (!this.open) throw new DossierError('forbidden', message('preview.no-dialog'));
    if (path === DRIVES_PATH && process.platform === 'win32') return drivesListing();
    const folder = resolve(isAbsolute(path) ? path : this.lastFolder, isAbsolute(path) ? '' : path);
    let dirents: Dirent[];
    try {
      dirents = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      throw new DossierError(
        'not-found',
        message('preview.not-folder', { name: basename(folder) || folder, reason: ioReasonMessage(error) }),
      );
    }
    const entries: PreviewListing['entries'] = [];
    for (const dirent of dirents) {
      if (dirent.name.startsWith('.') || entries.length >= MAX_ENTRIES) continue;
      const folderLike =
        dirent.isDirectory() ||
        (dirent.isSymbolicLink() &&
          (await stat(join(folder, dirent.name)).then(
            (s) => s.isDirectory(),
            () => false,
          )));
      if (folderLike || dirent.isFile() || dirent.isSymbolicLink()) entries.push({ name: dirent.name, folder: folderLike });
    }
    const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
    entries.sort((a, b) => Number(b.folder) - Number(a.folder) || collator.compare(a.name, b.name));
    return { path: folder, parent: parentFolder(folder, parse(folder).root, dirname(folder), process.platform), entries };
  }

  /**
   * The user's answer to dialog `id`: a path (absolute) or null for "cancelled". An open dialog's
   * answer must exist (a corpus: a folder or a letter file; a briefing: a `.dossier` file); a save's
   * folder must exist, its name gets the dialog's extension when it has none, and an existing file
   * is only taken with `overwrite`. The dialog ends only when the answer is taken.
   */
  async answer(id: string, path: string | null, overwrite = false): Promise<PreviewAnswerReply> {
    const pending = this.pending.get(id);
    if (!pending) return { error: text('preview.no-dialog') };
    const finish = (chosen: string | null): PreviewAnswerReply => {
      this.pending.delete(id);
      if (chosen) this.lastFolder = dirname(chosen);
      pending.resolve(chosen);
      return { done: true, path: chosen };
    };
    if (path === null) return finish(null);
    const { kind, extensions } = pending.request;
    let target = resolve(path);
    const found = await stat(target).catch(() => null);
    if (kind === 'corpus') {
      if (found?.isDirectory()) {
        this.pending.delete(id);
        this.lastFolder = target;
        pending.resolve(target);
        return { done: true, path: target };
      }
      if (found?.isFile() && extensions.includes(extname(target).toLowerCase())) return finish(target);
      return { error: text('preview.not-letter', { name: basename(target) }) };
    }
    if (kind === 'briefing-open') {
      return found?.isFile() && extname(target).toLowerCase() === '.dossier'
        ? finish(target)
        : { error: text('preview.not-briefing', { name: basename(target) }) };
    }
    if (
      !basename(target)
        .replace(/\.[^.]*$/, '')
        .trim()
    )
      return { error: text('preview.no-name') };
    if (!extensions.includes(extname(target).toLowerCase())) target += extensions[0]!;
    const folder = await stat(dirname(target)).then(
      (info) => (info.isDirectory() ? null : new Error('not a folder')),
      (error: unknown) => error,
    );
    if (folder) return { error: text('preview.not-folder', { name: basename(dirname(target)), reason: ioReasonMessage(folder) }) };
    const exists = await stat(target).then(
      () => true,
      () => false,
    );
    if (exists && !overwrite) return { exists: target };
    return finish(target);
  }
}
