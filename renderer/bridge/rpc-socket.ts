import type { IpcError, Result } from '../../app/ipc/contract';
import { type TextBlob, textBlobInWorker } from './text-blob';

/** Tries again to open a socket that closed, at most this often (ms); calls go over HTTP meanwhile. */
const REOPEN_AFTER_MS = 2000;
/** WebSocket.OPEN (the same in browsers and Node). */
const OPEN = 1;
/** A request field holding a string at least this long (chars) goes as the raw tail of a binary message. */
export const RAW_TEXT_MIN = 64 * 1024;

/** The first top-level string field of `request` of RAW_TEXT_MIN chars or more, if any. */
function longTextOf(request: unknown): [string, string] | null {
  if (typeof request !== 'object' || request === null) return null;
  for (const [field, value] of Object.entries(request))
    if (typeof value === 'string' && value.length >= RAW_TEXT_MIN) return [field, value];
  return null;
}

/**
 * The page's end of the preview's RPC socket (main/preview/rpc-socket.ts): `call` sends
 * `{id, method, request}` and resolves with the `{ok, …}` result of the answer carrying that id.
 * Null from `call` means no socket is open (none yet, or it closed): the caller sends the call
 * another way (HTTP). While the socket is connecting, calls wait for it; if it fails to open they
 * get null too. A socket that closes with calls under way answers each with `lost` (never sent
 * again: the server may have run it). A closed socket is opened again on a later call, at most
 * every REOPEN_AFTER_MS.
 * A request with a long string field (a briefing as JSON text, 1.4 MB at 500 passages) goes as
 * one binary message instead: the call's JSON with that field empty and named in `raw`, a newline,
 * then the field's text as it is (main/preview/rpc-socket.ts puts it back). So the text is neither
 * escaped into the call's JSON nor encoded on the page's thread: `blob` (a Web Worker) encodes it,
 * and sending a Blob costs the page nothing. (Measured in Chromium at load 5 on 2 cores, for the
 * 1.4 MB text: JSON.stringify of the call 47–105 ms, `send` of the string 145–228 ms.)
 */
export function rpcSocket(
  url: string,
  lost: () => IpcError,
  open: (url: string) => WebSocket = (u) => new WebSocket(u),
  blob: TextBlob = textBlobInWorker(),
) {
  let socket: WebSocket | null = null;
  let ready: Promise<boolean> = Promise.resolve(false);
  let openedAt = -Infinity;
  let nextId = 0;
  const pending = new Map<number, (result: Result<unknown>) => void>();

  const connect = (): void => {
    openedAt = Date.now();
    let ws: WebSocket;
    try {
      ws = open(url);
    } catch {
      return;
    }
    socket = ws;
    ready = new Promise((resolve) => {
      ws.addEventListener('open', () => resolve(true));
      ws.addEventListener('close', () => {
        resolve(false);
        if (socket === ws) socket = null;
        for (const answer of pending.values()) answer({ ok: false, error: lost() });
        pending.clear();
      });
    });
    ws.addEventListener('message', (event: MessageEvent) => {
      if (typeof event.data !== 'string') return;
      const { id, result } = JSON.parse(event.data) as { id: number; result: Result<unknown> };
      const answer = pending.get(id);
      pending.delete(id);
      answer?.(result);
    });
  };
  connect();

  return {
    /** Sends one call over the socket; null when no socket is open (send it over HTTP instead). */
    async call(method: string, request: unknown): Promise<Result<unknown> | null> {
      if (!socket && Date.now() - openedAt > REOPEN_AFTER_MS) connect();
      const ws = socket;
      if (!ws) return null;
      if (ws.readyState !== OPEN) await ready;
      if (ws.readyState !== OPEN) return null;
      const id = ++nextId;
      const long = longTextOf(request);
      return new Promise((resolve) => {
        pending.set(id, resolve);
        if (!long) {
          ws.send(JSON.stringify({ id, method, request }));
          return;
        }
        const [field, text] = long;
        const head = JSON.stringify({ id, method, request: { ...(request as object), [field]: '' }, raw: field });
        void blob([head, '\n', text]).then((message) => {
          if (ws.readyState === OPEN) ws.send(message);
          else if (pending.delete(id)) resolve({ ok: false, error: lost() });
        });
      });
    },
  };
}
