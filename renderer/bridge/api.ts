import type { DossierApi, ErrorCode, IpcError, MethodName, RequestOf, ResponseOf } from '../../app/ipc/contract';
import { message, renderMessage } from '../../app/ipc/messages';
import { pageLanguage } from './page-language';

declare global {
  interface Window {
    /** Installed by the Electron preload, or by the preview bridge in a browser. */
    dossier?: DossierApi;
  }
}

/** An error from main, carrying its user-facing message (already in the user's language). */
export class BridgeError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BridgeError';
  }
}

/** The installed DossierApi; throws BridgeError `no-bridge` (its message in the page's language) when there is none. */
export function bridge(): DossierApi {
  if (!window.dossier) throw new BridgeError('no-bridge', renderMessage(message('bridge.missing'), pageLanguage()));
  return window.dossier;
}

/** Calls one contract method and unwraps the result envelope, throwing `BridgeError` on `{ok: false}`. */
export async function call<M extends MethodName>(method: M, request: RequestOf<M>): Promise<ResponseOf<M>> {
  const fn = bridge()[method] as (request: RequestOf<M>) => Promise<{ ok: true; value: ResponseOf<M> } | { ok: false; error: IpcError }>;
  const result = await fn(request);
  if (!result.ok) throw new BridgeError(result.error.code, result.error.message);
  return result.value;
}
