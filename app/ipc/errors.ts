import type { ErrorCode, IpcError } from './error-codes';
import { type Language, type Message, renderMessage, renderMessageOr } from './messages';

/**
 * An error meant for the user: a machine-readable code from the contract's closed list
 * (`ErrorCodeSchema`) and a message. The message is either plain Dutch text or a keyed message
 * (app/ipc/messages), which `toIpc` renders in the interface language; `message` itself is always
 * the Dutch text. Services throw it; the IPC layer turns it into `{ok: false, error}` (only a
 * plain object survives the trip across IPC).
 */
export class DossierError extends Error {
  /** The keyed message, when the error was made from one; null for plain Dutch text. */
  readonly keyed: Message | null;

  constructor(
    readonly code: ErrorCode,
    message: string | Message,
  ) {
    super(typeof message === 'string' ? message : renderMessage(message, 'nl'));
    this.name = 'DossierError';
    this.keyed = typeof message === 'string' ? null : message;
  }

  /** The error for the result envelope, its message in `language` (Dutch by default; plain text stays as it is). */
  toIpc(language: Language = 'nl'): IpcError {
    return { code: this.code, message: this.keyed ? renderMessage(this.keyed, language) : this.message };
  }
}

export const isDossierError = (error: unknown): error is DossierError => error instanceof DossierError;

/**
 * What to tell the user about `error` in `language`: a keyed DossierError's message rendered in
 * that language; any other Error's own (Dutch) message; `fallback` for anything else. Never throws.
 */
export function errorTextIn(error: unknown, language: Language, fallback = String(error)): string {
  if (isDossierError(error) && error.keyed) return renderMessageOr(error.keyed, language, error.message);
  return error instanceof Error ? error.message : fallback;
}
