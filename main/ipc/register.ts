import type { IpcMainEvent, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { ipcMain } from 'electron';

import { DROPPED_PATH_CHANNEL } from '../../app/ipc/channels';
import { channelOf, methodNames } from '../../app/ipc/contract';
import { message, renderMessage } from '../../app/ipc/messages';
import { interfaceLanguage } from '../language';
import { isAppUrl } from '../security/harden';
import type { Handlers } from './dispatch';
import { dispatch } from './dispatch';
import type { PathGrants } from './path-grants';

/** Only the app's own top-level frame may call main (not an iframe, not a foreign page). */
export function isTrustedFrame(frame: WebFrameMain | null | undefined, devOrigin?: string): boolean {
  if (!frame || frame.parent !== null) return false;
  return isAppUrl(frame.url, devOrigin);
}

/** Registers one `ipcMain.handle` per contract method; each validates its sender, then dispatches. */
export function registerIpc(handlers: Handlers, devOrigin?: string): void {
  for (const name of methodNames) {
    ipcMain.handle(channelOf(name), async (event: IpcMainInvokeEvent, raw: unknown) => {
      if (!isTrustedFrame(event.senderFrame, devOrigin)) {
        return { ok: false, error: { code: 'forbidden', message: renderMessage(message('request.refused'), interfaceLanguage()) } };
      }
      return dispatch(handlers, name, raw, interfaceLanguage());
    });
  }
}

/**
 * Grants, for reading as a corpus, the paths the preload reports from real dropped files
 * (`DROPPED_PATH_CHANNEL`), when they come from the app's own top-level frame.
 */
export function registerDrops(grants: PathGrants, devOrigin?: string): void {
  ipcMain.on(DROPPED_PATH_CHANNEL, (event: IpcMainEvent, path: unknown) => {
    if (!isTrustedFrame(event.senderFrame, devOrigin)) return;
    if (typeof path === 'string' && path.length > 0 && path.length <= 4096 && !path.includes('\0')) grants.grant(path, 'corpus-read');
  });
}
