/**
 * The renderer's Content-Security-Policy: only the app's own origin, no remote origins, no eval.
 * Inline styles stay allowed because the editor sets style attributes; inline scripts do not.
 * Sent as a header by the app:// protocol and the preview server (and as a meta tag in index.html).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Schemes the renderer's session may load; everything else (http, https, ws, ftp, …) is refused. */
const LOCAL_SCHEMES = new Set(['app:', 'devtools:', 'data:', 'blob:', 'chrome-extension:']);

/**
 * Whether a request from the renderer's session must be refused: Dossier is offline by design.
 * `devOrigin` is electron-vite's dev server origin, allowed only in development; `allowed` lists
 * exact URLs a session may load besides (the one PDF a print window shows).
 */
export function isBlockedRequest(url: string, devOrigin?: string, allowed: readonly string[] = []): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (LOCAL_SCHEMES.has(parsed.protocol)) return false;
  if (devOrigin && parsed.origin === devOrigin) return false;
  return !allowed.includes(parsed.href);
}
