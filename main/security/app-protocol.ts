import { resolveStaticPath } from './static-files';

export { mimeTypeOf } from './static-files';

/** The renderer is served from `app://dossier/…` rather than file:// (Electron security checklist #18). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'dossier';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The still-encoded pathname of an `app://dossier/…` URL, or null for any other or malformed URL. */
export function appUrlPathname(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST ? parsed.pathname : null;
}

/**
 * Maps an app:// URL to a file under `root`, or null when the URL is foreign or its path is
 * refused by `resolveStaticPath` (`..`, NUL, backslashes, encoded or not). `/` serves index.html.
 */
export function resolveAppUrl(url: string, root: string): string | null {
  const pathname = appUrlPathname(url);
  return pathname === null ? null : resolveStaticPath(pathname, root);
}
