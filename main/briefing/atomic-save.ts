import { constants } from 'node:fs';
import { copyFile, link, open, readdir, realpath, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

import { DossierError } from '../../app/ipc/errors';
import { message } from '../../app/ipc/messages';
import { renameOver } from '../rename-over';

let counter = 0;

/** Dossier's own temporary names beside a file: `<name>.save.<pid>.<n>.tmp` and `<name>.bak.<pid>.<n>.tmp`. */
const temporaryOf = (path: string, kind: 'save' | 'bak'): string => `${path}.${kind}.${process.pid}.${++counter}.tmp`;

/**
 * Replaces `path` with `text` so that a crash at any moment leaves either the complete old or the
 * complete new file (own temporary file, fsync, rename, fsync of the folder), after first making
 * the old content the backup `<path>.bak`. A symlink is followed: the file it points to is
 * replaced and the backup holds that file's content (not the link). A read-only file is refused
 * with DossierError `read-only` instead of being replaced through the rename.
 */
export async function saveWithBackup(path: string, text: string): Promise<void> {
  const target = await realpath(path).catch(() => path);
  const current = await stat(target).catch(() => undefined);
  if (current && (current.mode & 0o222) === 0) {
    throw new DossierError('read-only', message('briefing.read-only', { name: basename(path) }));
  }
  if (current) await backUp(target, `${path}.bak`);
  await writeAtomically(target, text, current?.mode);
}

/** Temporary files older than this are leftovers of a crashed save, not a save in progress. */
const STALE_AFTER_MS = 10 * 60 * 1000;

/**
 * Removes what a save killed half-way leaves next to the file, once clearly stale: only Dossier's
 * own `<name>.save.<pid>.<n>.tmp` and `<name>.bak.<pid>.<n>.tmp`. Files that merely look like
 * temporaries (`<name>.2`) are the user's and stay.
 */
export async function removeStaleTemporaries(path: string, now: Date): Promise<string[]> {
  const name = basename(path);
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^${escaped}\\.(?:save|bak)\\.\\d+\\.\\d+\\.tmp$`);
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

/** Writes `text` to a new temporary file beside `target`, fsyncs it, renames it over `target` and fsyncs the folder. */
async function writeAtomically(target: string, text: string, mode = 0o666): Promise<void> {
  const temporary = temporaryOf(target, 'save');
  try {
    const handle = await open(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode & 0o7777);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameOver(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  const folder = await open(dirname(target), 'r').catch(() => undefined);
  await folder
    ?.sync()
    .catch(() => undefined)
    .finally(() => folder.close());
}

/**
 * Makes `backup` hold the current content of `source`, atomically: a hard link (or copy) under a
 * temporary name, renamed over the old backup (a failed rename leaves no temporary file).
 */
async function backUp(source: string, backup: string): Promise<void> {
  const temporary = temporaryOf(backup.slice(0, -'.bak'.length), 'bak');
  try {
    await link(source, temporary);
  } catch {
    await copyFile(source, temporary); // file systems without hard links, or another device
  }
  await renameOver(temporary, backup);
}
