import { shell } from 'electron';

import { DossierError } from '../app/ipc/errors';
import { message } from '../app/ipc/messages';

/**
 * Opens the user's templates folder in the system's file manager (Electron's `shell.openPath`).
 * The only caller passes the folder main made itself (`<userData>/Sjablonen`,
 * main/briefing/template-folder.ts): no path from the renderer ever reaches here.
 * Throws DossierError('unsupported') naming the folder when the system cannot open it.
 */
export async function openTemplatesFolder(path: string): Promise<void> {
  const failure = await shell.openPath(path);
  if (failure) throw new DossierError('unsupported', message('template.folder-unavailable', { path }));
}
