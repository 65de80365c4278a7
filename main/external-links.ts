import { shell } from 'electron';

import { isPublicationUrl } from '../app/corpus/publication-url';
import { DossierError } from '../app/ipc/errors';
import { message } from '../app/ipc/messages';

/**
 * Opens an official publication (`https://zoek.officielebekendmakingen.nl/<key>`) in the system
 * browser with Electron's `shell.openExternal`. The contract already refuses any other URL; this
 * checks again so no other caller can send the app's only way out somewhere else.
 * Throws DossierError('invalid-request') for any other URL and ('unsupported') when the system has
 * no browser to open it with.
 */
export async function openPublication(url: string): Promise<void> {
  if (!isPublicationUrl(url)) throw new DossierError('invalid-request', message('request.publication-only'));
  try {
    await shell.openExternal(url, { activate: true });
  } catch {
    throw new DossierError('unsupported', message('request.browser-failed', { url }));
  }
}
