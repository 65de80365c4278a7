import { rename, rm } from 'node:fs/promises';

/**
 * Codes with which Windows refuses, for a moment, to replace a file another program holds open
 * without FILE_SHARE_DELETE (a virus scanner, the search indexer, a sync client such as
 * OneDrive): MoveFileEx's ERROR_ACCESS_DENIED and ERROR_SHARING_VIOLATION as libuv reports them.
 */
const TRANSIENT_ON_WINDOWS = new Set(['EPERM', 'EACCES', 'EBUSY']);

/** Waits before each retry, in ms: 1.27 s in all, then the error stands. */
const RETRY_DELAYS_MS = [10, 20, 40, 80, 160, 320, 640] as const;

/** How `renameOver` renames and on which platform it runs (tests give Windows' refusals; the app never passes this). */
export interface RenameOverOptions {
  platform?: NodeJS.Platform;
  rename?: (from: string, to: string) => Promise<void>;
  delaysMs?: readonly number[];
}

/**
 * Renames the temporary file `from` over `to` (both absolute paths in one folder), the last step
 * of every atomic write in main. On Windows a refusal with EPERM, EACCES or EBUSY is retried after
 * 10, 20, 40 … 640 ms (1.27 s in all), since another program briefly holding `to` open is the
 * usual cause there — graceful-fs's Windows rename does the same, but for up to 60 s, too long for
 * a save the user waits on. Elsewhere, and for any other error, nothing is retried. When the rename
 * fails for good, `from` is removed (best effort), `to` is left as it was, and the last error is
 * thrown (a Node file-system error with its `code`).
 */
export async function renameOver(from: string, to: string, options: RenameOverOptions = {}): Promise<void> {
  const { platform = process.platform, rename: move = rename, delaysMs = RETRY_DELAYS_MS } = options;
  for (let attempt = 0; ; attempt++) {
    try {
      await move(from, to);
      return;
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      const retry = platform === 'win32' && attempt < delaysMs.length && typeof code === 'string' && TRANSIENT_ON_WINDOWS.has(code);
      if (!retry) {
        await rm(from, { force: true }).catch(() => undefined);
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, delaysMs[attempt]));
    }
  }
}
