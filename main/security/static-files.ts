import { readFile } from 'node:fs/promises';
import { extname, normalize, resolve, sep } from 'node:path';

import { CONTENT_SECURITY_POLICY } from './csp';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
};

export const mimeTypeOf = (path: string): string => MIME[extname(path).toLowerCase()] ?? 'application/octet-stream';

/**
 * Maps a URL's (still percent-encoded) pathname to a file under `root`, or null when it cannot
 * be decoded, holds a NUL or a backslash (raw or encoded), or escapes the root (`..`). `/` and
 * the empty path serve index.html. The one check for both `app://` and the preview server.
 */
export function resolveStaticPath(pathname: string, root: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : normalize(decoded).replace(/^\/+/, '');
  const base = resolve(root);
  const file = resolve(base, relative);
  return file.startsWith(base + sep) ? file : null;
}

/** A static file ready to send: its bytes and the headers both transports send with it. */
export interface StaticFile {
  file: string;
  body: Buffer;
  headers: Record<string, string>;
}

/**
 * Reads the renderer file a pathname names (`resolveStaticPath`), with its content type, the CSP,
 * `no-store` and `nosniff`; null when the path is refused or the file cannot be read (a 404).
 */
export async function readStaticFile(pathname: string, root: string): Promise<StaticFile | null> {
  const file = resolveStaticPath(pathname, root);
  if (!file) return null;
  try {
    const body = await readFile(file);
    const headers = {
      'content-type': mimeTypeOf(file),
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    };
    return { file, body, headers };
  } catch {
    return null;
  }
}
