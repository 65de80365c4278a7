import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ app: { on: vi.fn() } }));

const { hardenSession, hardenWebContents, isAppUrl } = await import('../../../main/security/harden');
const { isBlockedRequest, CONTENT_SECURITY_POLICY } = await import('../../../main/security/csp');
const { resolveAppUrl } = await import('../../../main/security/app-protocol');

describe('request blocking', () => {
  it('refuses every http(s), ws and ftp request and allows the app protocol', () => {
    for (const url of ['https://example.org/', 'http://127.0.0.1:8080/x', 'wss://x.nl/', 'ftp://x.nl/f', 'not a url']) {
      expect(isBlockedRequest(url), url).toBe(true);
    }
    for (const url of ['app://dossier/index.html', 'data:text/plain,x', 'devtools://devtools/x']) {
      expect(isBlockedRequest(url), url).toBe(false);
    }
    expect(isBlockedRequest('http://localhost:5173/src/main.tsx', 'http://localhost:5173')).toBe(false);
  });

  it('wires the session: requests cancelled, permissions denied', () => {
    let onBefore: (details: { url: string }, cb: (r: { cancel: boolean }) => void) => void = () => undefined;
    let onPermission: (wc: unknown, permission: string, cb: (ok: boolean) => void) => void = () => undefined;
    let onCheck: () => boolean = () => true;
    const session = {
      webRequest: { onBeforeRequest: vi.fn((fn) => (onBefore = fn)) },
      setPermissionRequestHandler: vi.fn((fn) => (onPermission = fn)),
      setPermissionCheckHandler: vi.fn((fn) => (onCheck = fn)),
      setDevicePermissionHandler: vi.fn(),
    };
    hardenSession(session as never);
    const answers: boolean[] = [];
    onBefore({ url: 'https://telemetry.example.com/ping' }, (r) => answers.push(r.cancel));
    onBefore({ url: 'app://dossier/assets/index.js' }, (r) => answers.push(r.cancel));
    expect(answers).toEqual([true, false]);
    const granted: boolean[] = [];
    onPermission(null, 'media', (ok) => granted.push(ok));
    onPermission(null, 'notifications', (ok) => granted.push(ok));
    expect(granted).toEqual([false, false]);
    expect(onCheck()).toBe(false);
  });

  it('has a CSP without remote origins or unsafe-eval', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
  });
});

describe('navigation and new windows', () => {
  it('blocks navigation away from the app, new windows and webviews', () => {
    const handlers = new Map<string, (event: { preventDefault(): void }, url?: string) => void>();
    let openHandler: () => { action: string } = () => ({ action: 'allow' });
    const contents = {
      on: vi.fn((name: string, fn: (event: { preventDefault(): void }, url?: string) => void) => handlers.set(name, fn)),
      setWindowOpenHandler: vi.fn((fn) => (openHandler = fn)),
    };
    hardenWebContents(contents as never);
    const away = { preventDefault: vi.fn() };
    handlers.get('will-navigate')!(away, 'https://evil.example/');
    expect(away.preventDefault).toHaveBeenCalled();
    const inside = { preventDefault: vi.fn() };
    handlers.get('will-navigate')!(inside, 'app://dossier/index.html');
    expect(inside.preventDefault).not.toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    handlers.get('will-attach-webview')!(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    expect(openHandler()).toEqual({ action: 'deny' });
    expect(isAppUrl('app://dossier.evil/x')).toBe(false);
  });
});

describe('app:// protocol', () => {
  it('serves files under the renderer folder and nothing outside it', () => {
    expect(resolveAppUrl('app://dossier/', '/opt/out/renderer')).toBe('/opt/out/renderer/index.html');
    expect(resolveAppUrl('app://dossier/assets/index-abc.js', '/opt/out/renderer')).toBe('/opt/out/renderer/assets/index-abc.js');
    expect(resolveAppUrl('app://dossier/../../etc/passwd', '/opt/out/renderer')).toBe('/opt/out/renderer/etc/passwd');
    expect(resolveAppUrl('app://dossier/%2e%2e/%2e%2e/etc/passwd', '/opt/out/renderer')).toBe('/opt/out/renderer/etc/passwd');
    expect(resolveAppUrl('app://dossier/..%5c..%5cwin.ini', '/opt/out/renderer')).toBeNull();
    expect(resolveAppUrl('app://other/index.html', '/opt/out/renderer')).toBeNull();
    expect(resolveAppUrl('file:///etc/passwd', '/opt/out/renderer')).toBeNull();
  });
});
