import type { ErrorCode, IpcError } from './error-codes';

/**
 * An error meant for the user: a machine-readable code from the contract's closed list
 * (`ErrorCodeSchema`) and a message in the user's language. Services throw it; the IPC layer
 * turns it into `{ok: false, error}` (only a plain object survives the trip across IPC).
 */
export class DossierError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DossierError';
  }

  toIpc(): IpcError {
    return { code: this.code, message: this.message };
  }
}

export const isDossierError = (error: unknown): error is DossierError => error instanceof DossierError;
