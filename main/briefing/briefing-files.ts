import { mkdir, readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';

import { parseBriefingFile, serializeBriefing } from '../../app/briefing/file-format';
import type { Briefing } from '../../app/briefing/model';
import type { OpenedBriefing as ContractOpenedBriefing, Recent, RecoveredBriefing } from '../../app/ipc/contract';
import { DossierError } from '../../app/ipc/errors';
import { message } from '../../app/ipc/messages';
import { checkFileName, ioCode, ioReasonMessage } from '../io-errors';
import { removeStaleTemporaries, saveWithBackup } from './atomic-save';
import { RecentBriefings } from './recent-briefings';
import { RecoveryFile } from './recovery-file';

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
  private readonly recoveryFile: RecoveryFile;

  constructor(options: BriefingFilesOptions) {
    this.dataDir = options.dataDir;
    this.now = options.now ?? (() => new Date());
    this.recentList = new RecentBriefings(options.dataDir);
    this.recoveryFile = new RecoveryFile(options.dataDir, this.now);
  }

  /** Reads a briefing; a bad file throws a DossierError (and is left exactly as it was). */
  async open(path: string): Promise<OpenedBriefing> {
    let bytes: Uint8Array;
    try {
      checkFileName(path);
      const size = (await stat(path)).size;
      if (size > MAX_BRIEFING_BYTES) {
        const sizes = { size: Math.round(size / 1024 / 1024), max: MAX_BRIEFING_BYTES / 1024 / 1024 };
        throw new DossierError('too-large', message('briefing.too-large', { name: basename(path), ...sizes }));
      }
      bytes = await readFile(path);
    } catch (error) {
      throw ioError(error, path);
    }
    const { briefing, notices } = parseBytes(bytes, path);
    await this.remember(path);
    return { path, briefing, notices };
  }

  /** Saves atomically, first turning the current file (if any) into the `.bak` backup. */
  async save(path: string, briefing: Briefing): Promise<void> {
    const text = serializeBriefing(briefing); // invalid briefings fail before the disk is touched
    try {
      checkFileName(path);
      await saveWithBackup(path, text);
    } catch (error) {
      throw ioError(error, path);
    }
    await removeStaleTemporaries(path, this.now()).catch(() => undefined);
    await this.recoveryFile.clearFor(path).catch(() => undefined);
    await this.remember(path);
  }

  /** Writes the recovery copy: the briefing, the path it belongs to (null: never saved) and the time. */
  async autosave(briefing: Briefing, path: string | null): Promise<{ savedAt: string }> {
    await mkdir(this.dataDir, { recursive: true });
    return this.recoveryFile.write(briefing, path);
  }

  /** The recovery copy left by a crash, when it is newer than its file (see RecoveryFile.read). */
  recovery(): Promise<RecoveredBriefing | null> {
    return this.recoveryFile.read();
  }

  async discardRecovery(): Promise<void> {
    await this.recoveryFile.discard();
  }

  /** Recently opened or saved briefings that still exist, most recent first (at most 10). */
  recent(): Recent {
    return this.recentList.list();
  }

  private async remember(path: string): Promise<void> {
    // The recent list is a convenience: failing to update it must not fail an open or a save.
    await mkdir(this.dataDir, { recursive: true })
      .then(() => this.recentList.remember(path, this.now()))
      .catch(() => undefined);
  }
}

/** Larger than any real briefing (a 500-passage briefing is about 1 MB): refused before reading. */
const MAX_BRIEFING_BYTES = 50 * 1024 * 1024;

/**
 * Parses the file's bytes. Binary content (NUL bytes, or bytes that are not UTF-8) that the parser
 * does not name itself (a Word file, a PDF) is refused with a Dutch message of its own.
 */
function parseBytes(bytes: Uint8Array, path: string): ReturnType<typeof parseBriefingFile> {
  let text: string | null;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = null;
  }
  if (text !== null && !text.includes('\0')) return parseBriefingFile(text);
  try {
    parseBriefingFile(new TextDecoder('utf-8').decode(bytes));
  } catch (error) {
    if (error instanceof DossierError && error.code === 'foreign') throw error;
  }
  throw new DossierError('corrupt', message('briefing.not-text', { name: basename(path) }));
}

function ioError(error: unknown, path: string): DossierError {
  if (error instanceof DossierError) return error;
  return new DossierError(ioCode(error), message('briefing.io', { path, reason: ioReasonMessage(error) }));
}
