import type { z } from 'zod';

import type { Contract, MethodName, Result } from '../../app/ipc/contract';
import { contract } from '../../app/ipc/contract';
import { isDossierError } from '../../app/ipc/errors';
import { issueMessage } from '../../app/ipc/issue-message';
import { type Language, message, renderMessage } from '../../app/ipc/messages';

/** A plain async function per contract method: the same handlers answer Electron IPC, the preview and tests. */
export type Handlers = {
  [M in MethodName]: (request: z.output<Contract[M]['request']>) => Promise<z.output<Contract[M]['response']>>;
};

export const isMethodName = (name: string): name is MethodName => Object.hasOwn(contract, name);

/**
 * Validates `raw` against the method's request schema, runs the handler and wraps the outcome in
 * the result envelope. Never throws: unknown methods, malformed requests and handler failures all
 * come back as `{ok: false, error}` with a message for the user, in `language` where the message
 * is a keyed one (app/ipc/messages; Dutch by default).
 */
export async function dispatch(handlers: Handlers, method: string, raw: unknown, language: Language = 'nl'): Promise<Result<unknown>> {
  if (!isMethodName(method)) {
    return {
      ok: false,
      error: {
        code: 'unknown-method',
        message: renderMessage(message('request.unknown-method', { method: method.slice(0, 80) }), language),
      },
    };
  }
  const parsed = contract[method].request.safeParse(raw);
  if (!parsed.success) {
    const text = message('request.invalid', { method, problem: issueMessage(parsed.error) });
    return { ok: false, error: { code: 'invalid-request', message: renderMessage(text, language) } };
  }
  try {
    const handler = handlers[method] as (request: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (isDossierError(error)) return { ok: false, error: error.toIpc(language) };
    console.error(`[dossier] ${method} failed`, error);
    return { ok: false, error: { code: 'internal', message: renderMessage(message('request.internal'), language) } };
  }
}
