import { mkdtemp, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { methodNames } from '../../../app/ipc/contract';
import type { PreviewServer } from '../../../main/preview/server';
import { startPreviewServer } from '../../../main/preview/server';

function get(port: number, path: string, headers: Record<string, string> = {}, method = 'GET', body?: string) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

describe('preview server', () => {
  let server: PreviewServer;
  const handlers = Object.fromEntries(methodNames.map((name) => [name, vi.fn(async () => ({ name }))]));

  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dossier-preview-'));
    await writeFile(join(dir, 'index.html'), '<html><head><title>Dossier</title></head></html>');
    server = await startPreviewServer({ rendererDir: dir, handlers: handlers as never });
  });
  afterAll(() => server.close());

  it('binds to 127.0.0.1 and hands out a URL with the secret', () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?secret=`));
  });

  it('answers nothing without the secret', async () => {
    expect((await get(server.port, '/')).status).toBe(401);
    expect((await get(server.port, '/rpc/corpusState', { 'content-type': 'application/json' }, 'POST', '{}')).status).toBe(401);
    expect(handlers.corpusState).not.toHaveBeenCalled();
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    expect((await get(server.port, `/?secret=${server.secret}`, { host: 'evil.example' })).status).toBe(403);
  });

  it('sets an HttpOnly SameSite cookie and injects the secret into the page', async () => {
    const first = await get(server.port, `/?secret=${server.secret}`);
    expect(first.status).toBe(303);
    expect(String(first.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    const page = await get(server.port, '/', { cookie: `dossier_preview=${server.secret}` });
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="dossier-preview-secret" content="${server.secret}" />`);
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
  });

  it('requires the secret header on RPC even with the cookie, then dispatches', async () => {
    const cookie = `dossier_preview=${server.secret}`;
    expect((await get(server.port, '/rpc/corpusState', { cookie }, 'POST', '{}')).status).toBe(401);
    const ok = await get(server.port, '/rpc/corpusState', { cookie, 'x-dossier-secret': server.secret }, 'POST', '{}');
    expect(JSON.parse(ok.body)).toEqual({ ok: true, value: { name: 'corpusState' } });
    const bad = await get(server.port, '/rpc/deleteEverything', { cookie, 'x-dossier-secret': server.secret }, 'POST', '{}');
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });
});
