import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';

import { type WebSocket, WebSocketServer } from 'ws';

import type { Result } from '../../app/ipc/contract';

/** The path the page opens its RPC socket on: `ws://127.0.0.1:<port>/rpc-socket?secret=…`. */
export const RPC_SOCKET_PATH = '/rpc-socket';

/**
 * One call on the socket, page → server: `{id, method, request}`; the answer, server → page:
 * `{id, result}` with the contract's result envelope. `id` is the page's own number, echoed.
 */
export interface RpcSocketCall {
  id: number;
  method: string;
  request: unknown;
  /** In a binary message: the request field whose text follows the call's JSON line. */
  raw?: string;
}

/**
 * A call from a binary message (renderer/bridge/rpc-socket.ts): the call's JSON, a newline (never
 * inside JSON text: it is escaped there), then the text of the request field named `raw`, which is
 * put into the request as a string. Null when the message is no such call.
 */
export function callOfBinary(data: Buffer): RpcSocketCall | null {
  const end = data.indexOf(0x0a);
  if (end < 0) return null;
  const call = JSON.parse(data.toString('utf8', 0, end)) as RpcSocketCall;
  const { raw, request } = call ?? {};
  if (typeof raw !== 'string' || !/^[A-Za-z]\w*$/.test(raw) || typeof request !== 'object' || request === null) return null;
  Object.defineProperty(request, raw, { value: data.toString('utf8', end + 1), enumerable: true, writable: true, configurable: true });
  return call;
}

export interface RpcSocketOptions {
  /** True when the upgrade request may connect (Host, Origin and secret already checked by the caller's rule). */
  admit: (req: IncomingMessage) => boolean;
  /** Runs one call (the same dispatch as `/rpc/<method>`); never throws. */
  dispatch: (method: string, request: unknown) => Promise<Result<unknown>>;
  /** Largest message taken, in bytes (as the HTTP body limit). */
  maxPayload: number;
}

/**
 * The preview's persistent RPC transport (RFC 6455 WebSocket, the `ws` package): one socket per
 * page instead of one HTTP request per call, so a call costs what Electron's IPC does (a message
 * each way) rather than a request with headers through the browser's network stack
 * (measured alone in Chromium on the 2-core development machine: a 12 kB answer's round trip p50
 * 8.7–10.5 ms over HTTP, 3.6–4.3 ms over the socket; in bench:library the two measure alike, as
 * the bench's own Node process is busy). Calls run concurrently
 * and are answered by id, as `ipcMain.handle` answers `invoke`. An upgrade that `admit` refuses
 * is answered 401 and closed; a message that is not a call is ignored. A call may come as a binary
 * message with a long text field after its JSON (callOfBinary).
 */
export function attachRpcSocket(server: Server, options: RpcSocketOptions): { close(): void } {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: options.maxPayload });
  const onUpgrade = (req: IncomingMessage, stream: Duplex, head: Buffer) => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== RPC_SOCKET_PATH || !options.admit(req)) {
      stream.end('HTTP/1.1 401 Unauthorized\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(req, stream, head, (socket) => serve(socket, options));
  };
  server.on('upgrade', onUpgrade);
  return {
    close() {
      server.off('upgrade', onUpgrade);
      for (const socket of sockets.clients) socket.terminate();
      sockets.close();
    },
  };
}

const serve = (socket: WebSocket, options: RpcSocketOptions): void => {
  socket.on('message', (data, isBinary) => {
    let call: RpcSocketCall | null;
    try {
      call = isBinary ? (Buffer.isBuffer(data) ? callOfBinary(data) : null) : (JSON.parse(String(data)) as RpcSocketCall);
    } catch {
      return;
    }
    if (typeof call?.id !== 'number' || typeof call.method !== 'string') return;
    void options.dispatch(call.method, call.request).then((result) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify({ id: call.id, result }));
    });
  });
  // A socket error (a page gone mid-message) only ends that socket.
  socket.on('error', () => socket.terminate());
};
