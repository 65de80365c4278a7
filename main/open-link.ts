import { shell } from 'electron';

import { isLinkUrl } from '../app/briefing/link-url';
import { isPublicationUrl } from '../app/corpus/publication-url';
import { DossierError } from '../app/ipc/errors';
import { type Message, message } from '../app/ipc/messages';

/**
 * The app's only ways out to the system browser or mail program (Electron's `shell.openExternal`).
 * The contract already refuses any other address; these check again so no other caller can send
 * the app's way out to a `file:` or `javascript:` address.
 */

/**
 * Opens `url` with `shell.openExternal` when `allowed(url)`.
 * Throws DossierError('invalid-request', `refused`) when it is not allowed and
 * ('unsupported', `failed`) when the system cannot open it.
 */
async function openExternalChecked(url: string, allowed: (url: string) => boolean, refused: Message, failed: Message): Promise<void> {
  if (!allowed(url)) throw new DossierError('invalid-request', refused);
  try {
    await shell.openExternal(url, { activate: true });
  } catch {
    throw new DossierError('unsupported', failed);
  }
}

/**
 * Opens a link of the briefing's own text (issue 19, "Links") in the system browser or mail
 * program: only an http(s) or mailto address (app/briefing/link-url.ts).
 * Throws DossierError('invalid-request') for any other address and ('unsupported') when the system
 * cannot open it.
 */
export async function openLink(url: string): Promise<void> {
  await openExternalChecked(url, isLinkUrl, message('link.not-allowed'), message('link.browser-failed', { url }));
}

/**
 * Opens an official publication (`https://zoek.officielebekendmakingen.nl/<key>`,
 * app/corpus/publication-url.ts) in the system browser.
 * Throws DossierError('invalid-request') for any other URL and ('unsupported') when the system has
 * no browser to open it with.
 */
export async function openPublication(url: string): Promise<void> {
  await openExternalChecked(url, isPublicationUrl, message('request.publication-only'), message('request.browser-failed', { url }));
}
