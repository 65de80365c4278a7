import { copyFile, link, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

import writeFileAtomic from 'write-file-atomic';

/**
 * Replaces `path` with `text` so that a crash at any moment leaves either the complete old or the
 * complete new file (write-file-atomic: temp file, fsync, rename), after first making the old
 * file the backup `<path>.bak`.
 */
export async function saveWithBackup(path: string, text: string): Promise<void> {
  await backUp(path);
  await writeFileAtomic(path, text, { fsync: true });
}

let backupCounter = 0;

/** Temporary files older than this are leftovers of a crashed save, not a save in progress. */
const STALE_AFTER_MS = 10 * 60 * 1000;

/**
 * Removes what a save killed half-way leaves next to the file: write-file-atomic's
 * `<name>.<number>` and our `<name>.bak.<pid>.<n>.tmp`, once they are clearly stale.
 */
export async function removeStaleTemporaries(path: string, now: Date): Promise<string[]> {
  const name = basename(path);
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^${escaped}\\.(?:\\d+|bak\\.\\d+\\.\\d+\\.tmp)$`);
  const removed: string[] = [];
  for (const entry of await readdir(dirname(path))) {
    if (!pattern.test(entry)) continue;
    const candidate = join(dirname(path), entry);
    const info = await stat(candidate).catch(() => undefined);
    if (!info?.isFile() || now.getTime() - info.mtimeMs < STALE_AFTER_MS) continue;
    await rm(candidate, { force: true });
    removed.push(entry);
  }
  return removed;
}

/**
 * Makes `<path>.bak` the current file, atomically: a hard link (or copy) under a temporary name,
 * renamed over the old backup. A missing current file (first save) needs no backup.
 */
async function backUp(path: string): Promise<void> {
  const backup = `${path}.bak`;
  const temporary = `${backup}.${process.pid}.${++backupCounter}.tmp`;
  await rm(temporary, { force: true });
  try {
    await link(path, temporary);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    await copyFile(path, temporary); // file systems without hard links
  }
  await rename(temporary, backup);
}
