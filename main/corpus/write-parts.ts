import { open, rm } from 'node:fs/promises';

import { renameOver } from '../rename-over';

/**
 * Writes `parts` (strings as UTF-8, or bytes) one after another to `path` through a temp file
 * beside it (`<path>.<pid>.tmp`), renamed over `path` at the end, so a reader sees the old file or
 * the new one whole, never a part; nothing is concatenated in memory (a store is hundreds of MB,
 * so `write-file-atomic`, which takes one string or buffer, does not serve). When writing fails
 * (a part throws, the disk is full) the temp file is removed, `path` is left as it was and the
 * error is thrown.
 *
 * Not fsync'ed: after a power loss the renamed file may be empty or cut short. That is safe here
 * only because every file written this way is a cache checked when read (a store's trailer and
 * header, a links file's header and count): a damaged one is rebuilt, never trusted.
 * Windows: the rename replaces the file with MoveFileEx (libuv); Node opens files with
 * FILE_SHARE_DELETE, so our own open handle on the old store does not block it, but another
 * program holding it open (a virus scanner, the search indexer) can make it fail with EPERM or
 * EBUSY: `renameOver` retries for 1.27 s; if it still fails the temp file is removed, the error is
 * thrown, the old file stays and the next start writes it again.
 */
export const writeParts = async (
  path: string,
  parts: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>,
): Promise<void> => {
  const temp = `${path}.${process.pid}.tmp`;
  const file = await open(temp, 'w');
  try {
    for await (const part of parts) await (typeof part === 'string' ? file.write(part) : file.write(part));
  } catch (error) {
    await file.close();
    await rm(temp, { force: true });
    throw error;
  }
  await file.close();
  await renameOver(temp, path);
};
