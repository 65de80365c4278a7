import { createHash, randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, open } from 'node:fs/promises';

import { type Sidecar } from '../../app/corpus';
import { parseSidecarSteps } from '../../app/corpus/sidecar-steps';
import { DossierError } from '../../app/ipc/errors';
import { type Message, message, renderMessage } from '../../app/ipc/messages';
import { ioReasonMessage } from '../io-errors';
import { renameOver } from '../rename-over';

/** A sidecar file as read: absent, read and valid, or unusable (the keyed reason `problem` and its Dutch text `reason`). */
export type SidecarRead =
  { state: 'absent' } | { state: 'ok'; sidecar: Sidecar; text: string } | { state: 'unusable'; reason: string; problem: Message };

/** Longest stretch of sidecar validation between two turns of the event loop, in ms. */
const SLICE_MS = 12;

/**
 * Parses and validates a sidecar's text as parseSidecar does (same result, same DossierError),
 * giving the event loop a turn (setImmediate) after at most SLICE_MS of validation at a time.
 * Throws DossierError (`sidecar-invalid`) as parseSidecar does.
 */
export const parseSidecarInSlices = async (text: string): Promise<Sidecar> => {
  const steps = parseSidecarSteps(text);
  let since = performance.now();
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (performance.now() - since >= SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      since = performance.now();
    }
  }
};

const unusable = (problem: Message): SidecarRead => ({ state: 'unusable', reason: renderMessage(problem, 'nl'), problem });

/** A sidecar file read but not parsed yet: absent, its text, or unusable (a link, unreadable). */
export type SidecarText =
  | { state: 'absent' }
  | {
      state: 'text';
      text: string;
      /** sha-1 of the file's bytes, hex */ sha1: string;
      /** The file's size and modification time when read (sidecarStamp). */ stamp: string;
    }
  | Extract<SidecarRead, { state: 'unusable' }>;

/** The failure of reading or validating a sidecar as a SidecarRead (a missing file is `absent`). */
const readFailure = (error: unknown): SidecarRead => {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'absent' };
  if (error instanceof DossierError)
    return error.keyed
      ? unusable(error.keyed)
      : { state: 'unusable', reason: error.message, problem: message('problem.unprocessable', { reason: error.message }) };
  return unusable(message('sidecar.unreadable', { reason: ioReasonMessage(error) }));
};

/** `O_NOFOLLOW` where the platform has it (POSIX); 0 on Windows, where the identity check below does the work. */
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

/**
 * The bytes of the regular file at `path`, or null when `path` is a symbolic link, also one put in
 * its place between the check and the read: the file is opened with `O_NOFOLLOW` (the open fails
 * with ELOOP on a link) and the opened file must be the one `lstat` saw (same device and inode),
 * which covers Windows, where `O_NOFOLLOW` does not exist. Throws the file-system error otherwise
 * (ENOENT when absent).
 */
const readRegularFile = async (path: string): Promise<{ bytes: Buffer; stamp: string } | null> => {
  const seen = await lstat(path);
  if (seen.isSymbolicLink()) return null;
  const file = await open(path, constants.O_RDONLY | NO_FOLLOW).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') return null;
    throw error;
  });
  if (!file) return null;
  try {
    const opened = await file.stat();
    if (opened.dev !== seen.dev || opened.ino !== seen.ino) return null;
    return { bytes: await file.readFile(), stamp: stampOf(opened) };
  } finally {
    await file.close();
  }
};

/** A file's stamp as the sidecar's is kept: size and modification time. */
const stampOf = (info: { size: number; mtimeMs: number }): string => `${info.size}:${info.mtimeMs}`;

/**
 * The stamp of the sidecar at `path` now, without reading it: its size and modification time as
 * `readSidecarText` records them, `-` when absent, `?` for anything else (a link, unreadable: never
 * equal to a stamp of a text read). Never throws.
 */
export const sidecarStamp = async (path: string): Promise<string> => {
  try {
    const info = await lstat(path);
    return info.isFile() ? stampOf(info) : '?';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? '-' : '?';
  }
};

/**
 * The first half of readSidecarFile: the text of the sidecar at `path`, not yet validated.
 * Never throws; a symbolic link or a read error is `unusable` as readSidecarFile says.
 */
export const readSidecarText = async (path: string): Promise<SidecarText> => {
  try {
    const read = await readRegularFile(path);
    if (!read) return unusable(message('sidecar.symlink')) as SidecarText;
    const { bytes, stamp } = read;
    // One decode of the whole file (readFile with an encoding decodes chunk by chunk: ~5× slower at 15 MB).
    return { state: 'text', text: bytes.toString('utf8'), sha1: createHash('sha1').update(bytes).digest('hex'), stamp };
  } catch (error) {
    return readFailure(error) as SidecarText;
  }
};

/** The second half of readSidecarFile: `text` validated in slices (parseSidecarInSlices). Never throws. */
export const parseSidecarText = async (text: string): Promise<SidecarRead> => {
  try {
    return { state: 'ok', sidecar: await parseSidecarInSlices(text), text };
  } catch (error) {
    return readFailure(error);
  }
};

/**
 * Reads the sidecar at `path` without following a symbolic link (a link could lead out of the
 * folder, and an edit must not be written through it). Never throws: a missing file is `absent`;
 * a link, a read error or invalid content is `unusable`, with a reason that does not quote the
 * file's content (see parseSidecar). Validation runs in slices (parseSidecarInSlices), so a large
 * sidecar does not block the event loop.
 */
export const readSidecarFile = async (path: string): Promise<SidecarRead> => {
  const read = await readSidecarText(path);
  return read.state === 'text' ? parseSidecarText(read.text) : read;
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
  await renameOver(temp, path);
};

/** Where the previous sidecar is kept on every write: `metadata.json.bak` beside it. */
export const backupPath = (path: string): string => `${path}.bak`;
