import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';

import type { Handlers } from '../ipc/dispatch';
import { dispatch } from '../ipc/dispatch';
import type { EventSink } from '../ipc/events';
import { interfaceLanguage } from '../language';
import { readStaticFile } from '../security/static-files';
import { attachRpcSocket } from './rpc-socket';

/** The preview's own routes beside the contract (app/ipc/preview-dialog.ts), answered by main/preview/preview-routes.ts. */
export interface PreviewRoutes {
  /** `/preview/<name>`: the parsed JSON body in, a JSON reply or a file to download out. */
  [name: string]: (body: unknown) => Promise<{ json: unknown } | { file: { name: string; bytes: Uint8Array } }>;
}

export interface PreviewServer {
  /** Open this URL in a browser: it carries the secret (kept in the URL, never in a cookie). */
  url: string;
  port: number;
  secret: string;
  /** Sends an event to every open event stream (`/events`). */
  emit: EventSink;
  /** Sends a preview-only event (not in the contract) to every open event stream; false when none is open. */
  emitPreview(event: string, payload: unknown): boolean;
  close(): Promise<void>;
}

const MAX_BODY = 64 * 1024 * 1024;

function sameSecret(given: string | undefined | null, secret: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

const headerOf = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
};

/** Parses the request's URL; null for one that is not a valid URL. */
function urlOf(req: IncomingMessage, host: string): URL | null {
  try {
    return new URL(req.url ?? '/', `http://${host}`);
  } catch {
    return null;
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('Verzoek is te groot.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The browser preview: the production renderer bundle and the real main-side handlers over HTTP,
 * for machines where Electron cannot run. Binds to 127.0.0.1 only; answers only requests carrying
 * the secret made at each start: the page and the event stream in the query, RPC calls in a header
 * that cross-origin pages cannot set; the bundle's other files (which hold no secret) also to the
 * page's own same-origin loads (`Sec-Fetch-Site`). No cookie: cookies ignore ports, so any other
 * local server the browser visits would receive it. Checks the Host header against DNS rebinding.
 */
export async function startPreviewServer(options: {
  rendererDir: string;
  handlers: Handlers;
  port?: number;
  routes?: PreviewRoutes;
  /** Called when the last open page's event stream closes. */
  onPagesGone?: () => void;
  /** The app icon (a PNG), served for `/favicon.ico`, which browsers ask for by themselves (else a 404 in the console). */
  iconPath?: string;
}): Promise<PreviewServer> {
  const secret = randomBytes(24).toString('base64url');
  const root = resolve(options.rendererDir);
  const streams = new Set<ServerResponse>();
  let port = 0;

  const deny = (res: ServerResponse, status: number, message: string) => {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(message);
  };

  const serveFile = async (res: ServerResponse, pathname: string) => {
    if (pathname === '/favicon.ico' && options.iconPath) {
      const icon = await readFile(options.iconPath).catch(() => null);
      if (icon) return void res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'max-age=86400' }).end(icon);
    }
    const found = await readStaticFile(pathname, root);
    if (!found) return deny(res, 404, 'Niet gevonden');
    if (found.file.endsWith('index.html')) {
      const html = found.body.toString('utf8').replace('<head>', `<head>\n    <meta name="dossier-preview-secret" content="${secret}" />`);
      res.writeHead(200, { ...found.headers, 'referrer-policy': 'no-referrer' }).end(html);
    } else res.writeHead(200, found.headers).end(found.body);
  };

  const server = createServer((req, res) => {
    void (async () => {
      const host = req.headers.host ?? '';
      if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return deny(res, 403, 'Verboden');
      const url = urlOf(req, host);
      if (!url) return deny(res, 400, 'Ongeldig adres.');
      const querySecret = url.searchParams.get('secret');
      const page = url.pathname === '/' || url.pathname === '/index.html';
      // The page (which carries the secret), events and RPC need the secret itself; the bundle's
      // other files hold no secret and are also served to the page's own same-origin loads.
      const asset =
        req.method === 'GET' &&
        !page &&
        url.pathname !== '/events' &&
        !url.pathname.startsWith('/rpc/') &&
        !url.pathname.startsWith('/preview/');
      const sameOrigin = headerOf(req, 'sec-fetch-site') === 'same-origin';
      if (!sameSecret(querySecret, secret) && !sameSecret(headerOf(req, 'x-dossier-secret'), secret) && !(asset && sameOrigin)) {
        return deny(res, 401, 'Geen toegang');
      }

      if (url.pathname.startsWith('/rpc/') && req.method === 'POST') {
        if (!sameSecret(headerOf(req, 'x-dossier-secret'), secret)) return deny(res, 401, 'Geen toegang');
        let raw: unknown;
        try {
          raw = JSON.parse(await readBody(req));
        } catch {
          raw = undefined;
        }
        const result = await dispatch(options.handlers, url.pathname.slice('/rpc/'.length), raw, interfaceLanguage());
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(result));
        return;
      }
      const routeName = url.pathname.startsWith('/preview/') ? url.pathname.slice('/preview/'.length) : null;
      const route = routeName && options.routes && Object.hasOwn(options.routes, routeName) ? options.routes[routeName] : undefined;
      if (route && req.method === 'POST') {
        if (!sameSecret(headerOf(req, 'x-dossier-secret'), secret)) return deny(res, 401, 'Geen toegang');
        let body: unknown;
        try {
          body = JSON.parse(await readBody(req));
        } catch {
          body = undefined;
        }
        const reply = await route(body);
        if ('json' in reply) {
          res
            .writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
            .end(JSON.stringify(reply.json));
        } else {
          res
            .writeHead(200, {
              'content-type': 'application/octet-stream',
              'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(reply.file.name)}`,
              'cache-control': 'no-store',
            })
            .end(reply.file.bytes);
        }
        return;
      }
      if (url.pathname === '/events' && req.method === 'GET') {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
        res.write(': verbonden\n\n');
        streams.add(res);
        req.on('close', () => {
          streams.delete(res);
          if (streams.size === 0) options.onPagesGone?.();
        });
        return;
      }
      if (req.method === 'GET') return serveFile(res, url.pathname);
      deny(res, 405, 'Niet toegestaan');
    })().catch((error: unknown) => {
      console.error('[dossier] preview request failed', error);
      if (!res.headersSent) deny(res, 500, 'Er ging iets mis in Dossier; probeer het opnieuw.');
    });
  });

  // The page's calls go over one WebSocket (./rpc-socket.ts); `/rpc/<method>` stays for the
  // moments it is not open. Admitted like the page: our Host, our Origin (a browser always sends
  // one; another site's page is refused) and the secret in the query.
  const rpcSocket = attachRpcSocket(server, {
    admit: (req) => {
      const host = req.headers.host ?? '';
      const origin = headerOf(req, 'origin');
      const url = urlOf(req, host);
      return (
        (host === `127.0.0.1:${port}` || host === `localhost:${port}`) &&
        (origin === undefined || origin === `http://${host}`) &&
        url !== null &&
        sameSecret(url.searchParams.get('secret'), secret)
      );
    },
    dispatch: (method, request) => dispatch(options.handlers, method, request, interfaceLanguage()),
    maxPayload: MAX_BODY,
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?secret=${secret}`,
    port,
    secret,
    emit(event, payload) {
      const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
      for (const stream of streams) stream.write(frame);
    },
    emitPreview(event, payload) {
      const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
      for (const stream of streams) stream.write(frame);
      return streams.size > 0;
    },
    close: () =>
      new Promise<void>((done) => {
        for (const stream of streams) stream.end();
        rpcSocket.close();
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
