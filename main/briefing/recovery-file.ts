import { lstatSync } from 'node:fs';
import { readFile, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

import writeFileAtomic from 'write-file-atomic';

import { formatDutchDate } from '../../app/briefing/dates';
import { parseBriefingFile, serializeBriefing } from '../../app/briefing/file-format';
import type { Briefing } from '../../app/briefing/model';
import type { RecoveredBriefing } from '../../app/ipc/contract';
import { DossierError } from '../../app/ipc/errors';
import { message } from '../../app/ipc/messages';
import { ioReasonMessage } from '../io-errors';

/**
 * The crash-recovery copy, `recovery.json` in the data folder:
 * `{format: "dossier-recovery", path, savedAt, file}` with `path` the `.dossier` file the briefing
 * belongs to (null: never saved), `stamp` that file's `{dev, ino}` when autosaved (null: absent),
 * `savedAt` an ISO time and `file` the briefing in file format.
 */
export class RecoveryFile {
  constructor(
    private readonly dataDir: string,
    private readonly now: () => Date,
  ) {}

  private get file(): string {
    return join(this.dataDir, 'recovery.json');
  }

  /** Writes the copy; a full or read-only disk is a DossierError with a plain Dutch message. */
  async write(briefing: Briefing, path: string | null): Promise<{ savedAt: string }> {
    const savedAt = this.now().toISOString();
    const file = JSON.parse(serializeBriefing(briefing)) as unknown;
    const stamp = path ? stampOf(path) : null;
    try {
      const text = `${JSON.stringify({ format: 'dossier-recovery', path, stamp, savedAt, file })}\n`;
      await writeFileAtomic(this.file, text, { fsync: true });
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'ENOSPC' || code === 'EDQUOT') {
        throw new DossierError('disk-full', message('recovery.disk-full'));
      }
      throw new DossierError('io', message('recovery.io', { reason: ioReasonMessage(error) }));
    }
    return { savedAt };
  }

  /**
   * The copy a crash left, or null when there is none, it cannot be read, or it is not newer than
   * the file it belongs to (saved since: offering it would put the file back in time). The stored
   * path is kept only when it is a `.dossier` file that is still the one autosaved for (its
   * `stamp`); otherwise the briefing is recovered without a path (the user saves it anew).
   */
  async read(): Promise<RecoveredBriefing | null> {
    try {
      const data = JSON.parse(await readFile(this.file, 'utf8')) as Record<string, unknown>;
      if (data.format !== 'dossier-recovery' || typeof data.savedAt !== 'string') return null;
      const savedAt = Date.parse(data.savedAt);
      if (Number.isNaN(savedAt)) return null;
      const path = typeof data.path === 'string' && samePlace(data.path, data.stamp) ? data.path : null;
      const saved = path ? await stat(path).catch(() => undefined) : undefined;
      if (saved && saved.mtimeMs >= savedAt) return null;
      const { briefing, notices } = parseBriefingFile(JSON.stringify(data.file));
      const notice = `Hersteld uit de automatisch bewaarde kopie van ${localTime(new Date(savedAt))}.`;
      return { path, briefing, notices: [...notices, notice], savedAt: data.savedAt };
    } catch {
      return null;
    }
  }

  async discard(): Promise<void> {
    await rm(this.file, { force: true });
  }

  /** After `path` was saved: removes the copy when it belongs to that file or to a never-saved briefing. */
  async clearFor(path: string): Promise<void> {
    try {
      const data = JSON.parse(await readFile(this.file, 'utf8')) as { path?: unknown };
      if (typeof data.path === 'string' && resolve(data.path) !== resolve(path)) return;
    } catch {
      // unreadable: nothing worth keeping
    }
    await this.discard();
  }
}

/** The identity of the regular file at `path` (`lstat`), or null when there is none or it is a symlink or a folder. */
function stampOf(path: string): { dev: number; ino: number } | null {
  const info = lstatSync(path, { throwIfNoEntry: false });
  return info?.isFile() ? { dev: info.dev, ino: info.ino } : null;
}

/**
 * Whether `path` is a `.dossier` path and the regular file there now is the one `stamp` recorded,
 * or (stamp null: absent when autosaved) there is still nothing there, so nothing is overwritten.
 */
function samePlace(path: string, stamp: unknown): boolean {
  if (!/\.dossier$/i.test(path) || stamp === undefined) return false;
  if (stamp === null) return lstatSync(path, { throwIfNoEntry: false }) === undefined;
  if (typeof stamp !== 'object') return false;
  const now = stampOf(path);
  const then = stamp as { dev?: unknown; ino?: unknown };
  return now !== null && now.dev === then.dev && now.ino === then.ino;
}

/** "21 januari 2026 14:05" in the machine's time zone (the user's clock, not UTC). */
function localTime(when: Date): string {
  const two = (value: number) => String(value).padStart(2, '0');
  const day = formatDutchDate(`${when.getFullYear()}-${two(when.getMonth() + 1)}-${two(when.getDate())}`);
  return `${day ?? when.toISOString()} ${two(when.getHours())}:${two(when.getMinutes())}`;
}
