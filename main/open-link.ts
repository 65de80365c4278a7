import { shell } from 'electron';

import { isLinkUrl } from '../app/briefing/link-url';
import { DossierError } from '../app/ipc/errors';
import { message } from '../app/ipc/messages';

/**
 * Opens a link of the briefing's own text (issue 19, "Links") in the system browser or mail
 * program with Electron's `shell.openExternal`: only an http(s) or mailto address
 * (app/briefing/link-url.ts). The contract already refuses any other; this checks again so no
 * other caller can send the app's way out to a `file:` or `javascript:` address.
 * Throws DossierError('invalid-request') for any other address and ('unsupported') when the system
 * cannot open it.
 */
export async function openLink(url: string): Promise<void> {
  if (!isLinkUrl(url)) throw new DossierError('invalid-request', message('link.not-allowed'));
  try {
    await shell.openExternal(url, { activate: true });
  } catch {
    throw new DossierError('unsupported', message('link.browser-failed', { url }));
  }
}
