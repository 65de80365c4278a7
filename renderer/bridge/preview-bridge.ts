import type { DossierApi, EventName, EventOf, IpcError, Result } from '../../app/ipc/contract';
import { contract, eventNames, methodNames } from '../../app/ipc/contract';
import { type Language, message, renderMessage } from '../../app/ipc/messages';
import { pageLanguage } from './page-language';
import { installPreviewFiles } from './preview-files';
import { rpcSocket } from './rpc-socket';

/**
 * The preview's refusal of a link it will not open, in `language`: the same keyed messages main
 * gives (`request.publication-only` for openExternal, `link.not-allowed` for openLink, both
 * app/ipc/messages), as an `invalid-request` error.
 */
export function linkRefusal(method: 'openExternal' | 'openLink', language: Language): IpcError {
  const key = method === 'openExternal' ? 'request.publication-only' : 'link.not-allowed';
  return { code: 'invalid-request', message: renderMessage(message(key), language) };
}

/** The preview server stopped answering (`transport`), in the page's interface language. */
export const transportLost = (language: Language = pageLanguage()): IpcError => ({
  code: 'transport',
  message: renderMessage(message('preview.transport-lost'), language),
});

/**
 * The browser preview's stand-in for the Electron preload: the same `DossierApi`, carried to the
 * local preview server (main/preview) over one WebSocket (./rpc-socket.ts; a message each way, as
 * Electron's IPC), or over HTTP (`/rpc/<method>`) while no socket is open. The server prints a
 * secret at each start and puts it in a meta tag of the page it serves; the socket carries it in
 * its address, every HTTP call in a header.
 */
export function installPreviewBridge(): void {
  if (window.dossier) return;
  const secret = document.querySelector<HTMLMetaElement>('meta[name="dossier-preview-secret"]')?.content;
  if (!secret) return;

  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const source = new EventSource(`/events?secret=${encodeURIComponent(secret)}`);
  for (const name of eventNames) {
    source.addEventListener(name, (event) => {
      const payload: unknown = JSON.parse((event as MessageEvent<string>).data);
      for (const listener of listeners.get(name) ?? []) listener(payload);
    });
  }

  const socket = rpcSocket(`ws://${location.host}/rpc-socket?secret=${encodeURIComponent(secret)}`, () => transportLost());
  const api: Record<string, unknown> = {};
  for (const name of methodNames) {
    api[name] = async (request: unknown): Promise<Result<unknown>> => {
      const answer = await socket.call(name, request ?? {});
      if (answer) return answer;
      try {
        const response = await fetch(`/rpc/${name}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-dossier-secret': secret },
          body: JSON.stringify(request ?? {}),
        });
        return (await response.json()) as Result<unknown>;
      } catch {
        return { ok: false, error: transportLost() };
      }
    };
  }
  api.on = <E extends EventName>(event: E, listener: (payload: EventOf<E>) => void) => {
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set);
    const wrapped = listener as (payload: unknown) => void;
    set.add(wrapped);
    return () => set.delete(wrapped);
  };
  // No system browser to ask from here: the same checked URL opens in a new tab, without an opener.
  api.openExternal = async (request: unknown): Promise<Result<unknown>> => {
    const parsed = contract.openExternal.request.safeParse(request);
    if (!parsed.success) {
      return { ok: false, error: linkRefusal('openExternal', pageLanguage()) };
    }
    window.open(parsed.data.url, '_blank', 'noopener,noreferrer');
    return { ok: true, value: { opened: true } };
  };
  // A link of the briefing's own text: the same check as main's (http(s)/mailto only), a new tab without an opener.
  api.openLink = async (request: unknown): Promise<Result<unknown>> => {
    const parsed = contract.openLink.request.safeParse(request);
    if (!parsed.success) {
      return { ok: false, error: linkRefusal('openLink', pageLanguage()) };
    }
    window.open(parsed.data.url, '_blank', 'noopener,noreferrer');
    return { ok: true, value: { opened: true } };
  };
  api.pathForFile = () => null;
  installPreviewFiles(secret, source, api);
  window.dossier = api as unknown as DossierApi;
}
