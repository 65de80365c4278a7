import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

import writeFileAtomic from 'write-file-atomic';

import { formatDutchDate } from '../../app/briefing/dates';
import { parseBriefingFile, serializeBriefing } from '../../app/briefing/file-format';
import type { Briefing } from '../../app/briefing/model';
import type { OpenedBriefing as ContractOpenedBriefing, Recent, RecoveredBriefing } from '../../app/ipc/contract';
import { DossierError } from '../../app/ipc/errors';
import { ioReason } from '../io-errors';
import { removeStaleTemporaries, saveWithBackup } from './atomic-save';
import { RecentBriefings } from './recent-briefings';

/** A briefing read from its file: the contract's `OpenedBriefing` with the path always known. */
export type OpenedBriefing = ContractOpenedBriefing & { path: string };

export interface BriefingFilesOptions {
  /** Folder for the recovery file and the recent list (Electron's userData in the app). */
  dataDir: string;
  now?: () => Date;
}

/**
 * Reads and writes `.dossier` files (docs/dossier-format.md). Saving is atomic (temp file, fsync,
 * rename: a crash leaves the complete old or the complete new file) and keeps the previous version
 * as `<name>.dossier.bak`. Autosave writes `recovery.json` in the data folder for crash recovery.
 */
export class BriefingFiles {
  private readonly dataDir: string;
  private readonly now: () => Date;
  private readonly recentList: RecentBriefings;

  constructor(options: BriefingFilesOptions) {
    this.dataDir = options.dataDir;
    this.now = options.now ?? (() => new Date());
    this.recentList = new RecentBriefings(options.dataDir);
  }

  /** Reads a briefing; a bad file throws a DossierError (and is left exactly as it was). */
  async open(path: string): Promise<OpenedBriefing> {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path);
    } catch (error) {
      throw ioError(error, path);
    }
    const { briefing, notices } = parseBriefingFile(new TextDecoder('utf-8').decode(bytes));
    await this.remember(path);
    return { path, briefing, notices };
  }

  /** Saves atomically, first turning the current file (if any) into the `.bak` backup. */
  async save(path: string, briefing: Briefing): Promise<void> {
    const text = serializeBriefing(briefing); // invalid briefings fail before the disk is touched
    try {
      await saveWithBackup(path, text);
    } catch (error) {
      throw ioError(error, path);
    }
    await removeStaleTemporaries(path, this.now()).catch(() => undefined);
    await this.remember(path);
  }

  /** Writes the recovery copy: the briefing, the path it belongs to (null: never saved) and the time. */
  async autosave(briefing: Briefing, path: string | null): Promise<{ savedAt: string }> {
    const savedAt = this.now().toISOString();
    const file = JSON.parse(serializeBriefing(briefing)) as unknown;
    await mkdir(this.dataDir, { recursive: true });
    await writeFileAtomic(this.recoveryFile, `${JSON.stringify({ format: 'dossier-recovery', path, savedAt, file })}\n`, { fsync: true });
    return { savedAt };
  }

  /** The recovery copy left by a crash, or null when there is none or it cannot be read. */
  async recovery(): Promise<RecoveredBriefing | null> {
    try {
      const data = JSON.parse(await readFile(this.recoveryFile, 'utf8')) as Record<string, unknown>;
      if (data.format !== 'dossier-recovery' || typeof data.savedAt !== 'string') return null;
      const path = typeof data.path === 'string' ? data.path : null;
      const { briefing, notices } = parseBriefingFile(JSON.stringify(data.file));
      const notice = `Hersteld uit de automatisch bewaarde kopie van ${localTime(new Date(data.savedAt))}.`;
      return { path, briefing, notices: [...notices, notice], savedAt: data.savedAt };
    } catch {
      return null;
    }
  }

  async discardRecovery(): Promise<void> {
    await rm(this.recoveryFile, { force: true });
  }

  /** Recently opened or saved briefings that still exist, most recent first (at most 10). */
  recent(): Recent {
    return this.recentList.list();
  }

  private get recoveryFile(): string {
    return join(this.dataDir, 'recovery.json');
  }

  private async remember(path: string): Promise<void> {
    // The recent list is a convenience: failing to update it must not fail an open or a save.
    await mkdir(this.dataDir, { recursive: true })
      .then(() => this.recentList.remember(path, this.now()))
      .catch(() => undefined);
  }
}

/** "21 januari 2026 14:05" in the machine's time zone (the user's clock, not UTC). */
function localTime(when: Date): string {
  const two = (value: number) => String(value).padStart(2, '0');
  const day = formatDutchDate(`${when.getFullYear()}-${two(when.getMonth() + 1)}-${two(when.getDate())}`);
  return `${day ?? when.toISOString()} ${two(when.getHours())}:${two(when.getMinutes())}`;
}

function ioError(error: unknown, path: string): DossierError {
  if (error instanceof DossierError) return error;
  return new DossierError('io', `Het bestand "${path}" kan niet worden gelezen of geschreven: ${ioReason(error)}.`);
}
