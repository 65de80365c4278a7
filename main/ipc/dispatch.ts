import type { z } from 'zod';

import type { Contract, MethodName, Result } from '../../app/ipc/contract';
import { contract } from '../../app/ipc/contract';
import { describeIssue } from '../../app/ipc/describe-issue';
import { isDossierError } from '../../app/ipc/errors';

/** A plain async function per contract method: the same handlers answer Electron IPC, the preview and tests. */
export type Handlers = {
  [M in MethodName]: (request: z.output<Contract[M]['request']>) => Promise<z.output<Contract[M]['response']>>;
};

export const isMethodName = (name: string): name is MethodName => Object.hasOwn(contract, name);

/**
 * Validates `raw` against the method's request schema, runs the handler and wraps the outcome in
 * the result envelope. Never throws: unknown methods, malformed requests and handler failures all
 * come back as `{ok: false, error}` with a message for the user.
 */
export async function dispatch(handlers: Handlers, method: string, raw: unknown): Promise<Result<unknown>> {
  if (!isMethodName(method)) {
    return { ok: false, error: { code: 'unknown-method', message: `Onbekend verzoek: ${method.slice(0, 80)}` } };
  }
  const parsed = contract[method].request.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid-request', message: `Ongeldig verzoek (${method}): ${describeIssue(parsed.error)}` } };
  }
  try {
    const handler = handlers[method] as (request: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (isDossierError(error)) return { ok: false, error: error.toIpc() };
    console.error(`[dossier] ${method} failed`, error);
    return {
      ok: false,
      error: { code: 'internal', message: 'Er ging iets mis in Dossier. Probeer het opnieuw; lukt het niet, start Dossier dan opnieuw.' },
    };
  }
}
