import type { IpcError, Result } from '../../app/ipc/contract';

/** Tries again to open a socket that closed, at most this often (ms); calls go over HTTP meanwhile. */
const REOPEN_AFTER_MS = 2000;
/** WebSocket.OPEN (the same in browsers and Node). */
const OPEN = 1;

/**
 * The page's end of the preview's RPC socket (main/preview/rpc-socket.ts): `call` sends
 * `{id, method, request}` and resolves with the `{ok, …}` result of the answer carrying that id.
 * Null from `call` means no socket is open (none yet, or it closed): the caller sends the call
 * another way (HTTP). While the socket is connecting, calls wait for it; if it fails to open they
 * get null too. A socket that closes with calls under way answers each with `lost` (never sent
 * again: the server may have run it). A closed socket is opened again on a later call, at most
 * every REOPEN_AFTER_MS.
 */
export function rpcSocket(url: string, lost: () => IpcError, open: (url: string) => WebSocket = (u) => new WebSocket(u)) {
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
      return new Promise((resolve) => {
        pending.set(id, resolve);
        ws.send(JSON.stringify({ id, method, request }));
      });
    },
  };
}
