import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { WebSocket as WsClient } from 'ws';

import { methodNames } from '../../../app/ipc/contract';
import { largeBriefing, loadSampleLetters } from '../../../bench/fixtures/large-briefing';
import { callOfBinary } from '../../../main/preview/rpc-socket';
import type { PreviewServer } from '../../../main/preview/server';
import { startPreviewServer } from '../../../main/preview/server';
import { RAW_TEXT_MIN, rpcSocket } from '../../../renderer/bridge/rpc-socket';

/** Opens a socket with `ws` (which can set Origin) and resolves with its outcome: open, or the HTTP status it was refused with. */
const tryOpen = (url: string, origin?: string) =>
  new Promise<'open' | number>((resolve) => {
    const ws = new WsClient(url, origin ? { origin } : {});
    ws.on('open', () => (resolve('open'), ws.close()));
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.on('error', () => resolve(0));
  });

describe('the preview’s RPC socket (issue 21: a call as cheap as Electron’s IPC)', () => {
  let server: PreviewServer;
  const handlers: Record<string, (request: unknown) => Promise<unknown>> = Object.fromEntries(
    methodNames.map((name) => [name, vi.fn(async (request: unknown) => ({ name, request }))]),
  );
  const lost = () => ({ code: 'transport' as const, message: 'weg' });
  let socketUrl = '';

  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dossier-preview-'));
    await writeFile(join(dir, 'index.html'), '<html><head></head></html>');
    handlers.corpusSearchLetters = vi.fn(async (request: unknown) => {
      await new Promise((resolve) => setTimeout(resolve, (request as { query: string }).query === 'slow' ? 50 : 0));
      return { groups: [], totalHits: 0, totalLetters: 0, exact: true, query: (request as { query: string }).query };
    });
    server = await startPreviewServer({ rendererDir: dir, handlers: handlers as never });
    socketUrl = `ws://127.0.0.1:${server.port}/rpc-socket?secret=${server.secret}`;
  });
  afterAll(() => server.close());

  it('admits only our secret, our Host and our own Origin', async () => {
    expect(await tryOpen(socketUrl, `http://127.0.0.1:${server.port}`)).toBe('open');
    expect(await tryOpen(`ws://127.0.0.1:${server.port}/rpc-socket?secret=wrong`)).toBe(401);
    expect(await tryOpen(`ws://127.0.0.1:${server.port}/rpc-socket`)).toBe(401);
    expect(await tryOpen(socketUrl, 'http://evil.example')).toBe(401);
    expect(await tryOpen(`ws://127.0.0.1:${server.port}/elsewhere?secret=${server.secret}`)).toBe(401);
  });

  it('answers calls by id, concurrently, validated as over HTTP', async () => {
    const socket = rpcSocket(socketUrl, lost);
    const [slow, fast] = await Promise.all([
      socket.call('corpusSearchLetters', { query: 'slow' }),
      socket.call('corpusSearchLetters', { query: 'fast' }),
    ]);
    // The fast call is answered first; each answer still reaches its own call.
    expect(slow).toEqual({ ok: true, value: { groups: [], totalHits: 0, totalLetters: 0, exact: true, query: 'slow' } });
    expect(fast).toEqual({ ok: true, value: { groups: [], totalHits: 0, totalLetters: 0, exact: true, query: 'fast' } });
    const invalid = await socket.call('corpusSearchLetters', { query: 42 });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const unknown = await socket.call('noSuchMethod', {});
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown-method', message: 'Onbekend verzoek: noSuchMethod' } });
  });

  it('gives null (send it over HTTP) when the socket is refused, and `lost` for calls under way when it closes', async () => {
    const refused = rpcSocket(`ws://127.0.0.1:${server.port}/rpc-socket?secret=wrong`, lost);
    expect(await refused.call('corpusState', {})).toBeNull();

    let opened: WebSocket | null = null;
    const socket = rpcSocket(socketUrl, lost, (url) => (opened = new WebSocket(url)));
    expect(await socket.call('corpusState', {})).toMatchObject({ ok: true });
    const underWay = socket.call('corpusSearchLetters', { query: 'slow' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    opened!.close();
    expect(await underWay).toEqual({ ok: false, error: { code: 'transport', message: 'weg' } });
    expect(await socket.call('corpusState', {})).toBeNull();
  });

  it('sends a long text field as the raw tail of a binary message; main validates the briefing in it as any request', async () => {
    const briefing = largeBriefing(loadSampleLetters(), 30);
    const text = JSON.stringify(briefing);
    expect(text.length).toBeGreaterThanOrEqual(RAW_TEXT_MIN);
    let sent: unknown = null;
    const socket = rpcSocket(socketUrl, lost, (url) => {
      const ws = new WebSocket(url);
      const send = ws.send.bind(ws);
      ws.send = (data) => ((sent = data), send(data));
      return ws;
    });
    const answer = await socket.call('briefingPageCount', { briefing: text });
    expect(sent).toBeInstanceOf(Blob);
    expect(answer).toEqual({ ok: true, value: { name: 'briefingPageCount', request: { briefing: JSON.parse(text) } } });
    const broken = await socket.call('briefingPageCount', { briefing: `${text.slice(0, -1)}\n` });
    expect(broken).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});

describe('callOfBinary: a call with a raw text field (the preview socket’s binary message)', () => {
  const message = (head: unknown, tail: string) => Buffer.from(`${JSON.stringify(head)}\n${tail}`, 'utf8');

  it('puts the tail, newlines and all characters kept, into the named field', () => {
    const tail = 'regel één\nregel 𝄞 twee\n';
    expect(
      callOfBinary(message({ id: 3, method: 'briefingAutosave', request: { briefing: '', path: null }, raw: 'briefing' }, tail)),
    ).toEqual({
      id: 3,
      method: 'briefingAutosave',
      request: { briefing: tail, path: null },
      raw: 'briefing',
    });
  });

  it('refuses a message without a call line, a field name that is no plain name, or no request object', () => {
    expect(callOfBinary(Buffer.from('{"id":1}'))).toBeNull();
    const call = callOfBinary(message({ id: 1, method: 'm', request: {}, raw: '__proto__' }, 'x'));
    expect(call).toBeNull();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(callOfBinary(message({ id: 1, method: 'm', request: 'nee', raw: 'briefing' }, 'x'))).toBeNull();
  });
});
