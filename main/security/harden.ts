import type { Session, WebContents } from 'electron';
import { app } from 'electron';

import { APP_ORIGIN } from './app-protocol';
import { isBlockedRequest } from './csp';

/**
 * Session-wide guards (Electron security checklist): every http(s)/ws request refused (Dossier is
 * offline by design), every permission request and check denied.
 */
export function hardenSession(session: Session, devOrigin?: string, allowed: readonly string[] = []): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: isBlockedRequest(details.url, devOrigin, allowed) });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler?.(() => false);
}

/** Whether `url` belongs to the app itself (its protocol, or the dev server in development). */
export function isAppUrl(url: string, devOrigin?: string): boolean {
  try {
    const origin = new URL(url).origin;
    return url.startsWith(`${APP_ORIGIN}/`) || (devOrigin !== undefined && origin === devOrigin);
  } catch {
    return false;
  }
}

/** Per-contents guards: no navigation away from the app, no new windows, no webviews. */
export function hardenWebContents(contents: WebContents, devOrigin?: string): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devOrigin)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, devOrigin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Applies `hardenWebContents` to every web contents the app ever creates. */
export function hardenAllWebContents(devOrigin?: string): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devOrigin));
}
