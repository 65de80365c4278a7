import { randomBytes } from 'node:crypto';
import { lstat, open, readFile, rename, unlink } from 'node:fs/promises';

import { parseSidecar, type Sidecar } from '../../app/corpus';
import { DossierError } from '../../app/ipc/errors';
import { type Message, message, renderMessage } from '../../app/ipc/messages';
import { ioReasonMessage } from '../io-errors';

/** A sidecar file as read: absent, read and valid, or unusable (the keyed reason `problem` and its Dutch text `reason`). */
export type SidecarRead =
  { state: 'absent' } | { state: 'ok'; sidecar: Sidecar; text: string } | { state: 'unusable'; reason: string; problem: Message };

const unusable = (problem: Message): SidecarRead => ({ state: 'unusable', reason: renderMessage(problem, 'nl'), problem });

/**
 * Reads the sidecar at `path` without following a symbolic link (a link could lead out of the
 * folder, and an edit must not be written through it). Never throws: a missing file is `absent`;
 * a link, a read error or invalid content is `unusable`, with a reason that does not quote the
 * file's content (see parseSidecar).
 */
export const readSidecarFile = async (path: string): Promise<SidecarRead> => {
  try {
    if ((await lstat(path)).isSymbolicLink()) {
      return unusable(message('sidecar.symlink'));
    }
    const text = await readFile(path, 'utf8');
    return { state: 'ok', sidecar: parseSidecar(text), text };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'absent' };
    if (error instanceof DossierError)
      return error.keyed
        ? unusable(error.keyed)
        : { state: 'unusable', reason: error.message, problem: message('problem.unprocessable', { reason: error.message }) };
    return unusable(message('sidecar.unreadable', { reason: ioReasonMessage(error) }));
  }
};

/**
 * Replaces the file at `path` with `text` (UTF-8): written to a new temp file beside it, flushed
 * to disk, then renamed over `path`. A symbolic link at `path` is replaced, not written through
 * (unlike write-file-atomic, which resolves links first). A regular file's permissions are kept.
 * Throws the file-system error.
 */
export const replaceFile = async (path: string, text: string): Promise<void> => {
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  const previous = await lstat(path).catch(() => null);
  const file = await open(temp, 'wx');
  try {
    if (previous?.isFile()) await file.chmod(previous.mode & 0o7777);
    await file.writeFile(text, 'utf8');
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(temp, path).catch(async (error: unknown) => {
    await unlink(temp).catch(() => undefined);
    throw error;
  });
};

/** Where the previous sidecar is kept on every write: `metadata.json.bak` beside it. */
export const backupPath = (path: string): string => `${path}.bak`;
