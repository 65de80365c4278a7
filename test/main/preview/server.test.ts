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
    await writeFile(join(dir, 'app.js'), 'export {};');
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

  it('sets no cookie (cookies ignore ports) and injects the secret into the page it serves with the secret', async () => {
    const first = await get(server.port, `/?secret=${server.secret}`);
    expect(first.status).toBe(200);
    expect(first.headers['set-cookie']).toBeUndefined();
    expect(first.body).toContain(`<meta name="dossier-preview-secret" content="${server.secret}" />`);
    expect(String(first.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(first.headers['referrer-policy']).toBe('no-referrer');
    expect((await get(server.port, '/', { cookie: `dossier_preview=${server.secret}` })).status).toBe(401);
    expect((await get(server.port, '/index.html', { 'sec-fetch-site': 'same-origin' })).status).toBe(401);
  });

  it("serves the bundle's other files to the page's own loads only, with the shared path checks", async () => {
    expect((await get(server.port, '/app.js')).status).toBe(401);
    expect((await get(server.port, '/app.js', { 'sec-fetch-site': 'cross-site' })).status).toBe(401);
    expect((await get(server.port, '/app.js', { 'sec-fetch-site': 'same-origin' })).body).toBe('export {};');
    expect((await get(server.port, `/app.js%00?secret=${server.secret}`)).status).toBe(404);
    expect((await get(server.port, `/..%5capp.js?secret=${server.secret}`)).status).toBe(404);
    const malformed = await get(server.port, `/%E0%A4%A?secret=${server.secret}`);
    expect([malformed.status, malformed.body]).toEqual([404, 'Niet gevonden']);
  });

  it('requires the secret header on RPC even with the secret in the query, then dispatches', async () => {
    expect((await get(server.port, `/rpc/corpusState?secret=${server.secret}`, {}, 'POST', '{}')).status).toBe(401);
    const ok = await get(server.port, '/rpc/corpusState', { 'x-dossier-secret': server.secret }, 'POST', '{}');
    expect(JSON.parse(ok.body)).toEqual({ ok: true, value: { name: 'corpusState' } });
    const bad = await get(server.port, '/rpc/deleteEverything', { 'x-dossier-secret': server.secret }, 'POST', '{}');
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });
});

describe("preview server: the preview's own routes", () => {
  it('answers /preview/<route> only by POST with the secret header, as JSON or as a download', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dossier-preview-routes-'));
    await writeFile(join(dir, 'index.html'), '<html><head></head></html>');
    const routes = {
      list: vi.fn(async (body: unknown) => ({ json: { echo: body } })),
      download: vi.fn(async () => ({ file: { name: 'Nota één.docx', bytes: new TextEncoder().encode('PK') } })),
    };
    const server = await startPreviewServer({ rendererDir: dir, handlers: {} as never, routes });
    try {
      expect((await get(server.port, '/preview/list', {}, 'POST', '{"path":"/"}')).status).toBe(401);
      expect((await get(server.port, `/preview/list?secret=${server.secret}`, {}, 'POST', '{}')).status).toBe(401);
      expect((await get(server.port, '/preview/list', { 'x-dossier-secret': server.secret }, 'GET')).status).toBe(404);
      expect(routes.list).not.toHaveBeenCalled();
      const listed = await get(server.port, '/preview/list', { 'x-dossier-secret': server.secret }, 'POST', '{"path":"/"}');
      expect(JSON.parse(listed.body)).toEqual({ echo: { path: '/' } });
      const file = await get(server.port, '/preview/download', { 'x-dossier-secret': server.secret }, 'POST', '{}');
      expect([file.body, file.headers['content-disposition']]).toEqual(['PK', "attachment; filename*=UTF-8''Nota%20%C3%A9%C3%A9n.docx"]);
      expect((await get(server.port, '/preview/toString', { 'x-dossier-secret': server.secret }, 'POST', '{}')).status).toBe(405);
    } finally {
      await server.close();
    }
  });
});
