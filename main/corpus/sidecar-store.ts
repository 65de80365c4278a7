import { createHash } from 'node:crypto';
import { rename } from 'node:fs/promises';
import { join } from 'node:path';

import { applySidecar, parseSidecar, serializeSidecar, type Sidecar, updateSidecarEntry } from '../../app/corpus';
import { corpusError } from '../../app/corpus/problem';
import type { MetaPatch } from '../../app/corpus/schema';
import type { CorpusError, Letter } from '../../app/corpus/types';
import { DossierError } from '../../app/ipc/errors';
import { message } from '../../app/ipc/messages';
import { ioReasonMessage } from '../io-errors';
import { SIDECAR_NAME } from './letter-file';
import {
  backupPath,
  parseSidecarText,
  readSidecarFile,
  readSidecarText,
  replaceFile,
  type SidecarRead,
  sidecarStamp,
  type SidecarText,
} from './sidecar-file';

const EMPTY = '{"letters": []}';

/** One sidecar text's part of SidecarStore.identity. */
const identityOf = (t: SidecarText | null): string =>
  t === null || t.state === 'absent' ? '-' : t.state === 'text' ? t.sha1 : `!${t.reason}`;
/** One sidecar text's part of SidecarStore.stamp (`?`: unusable, never assumed unchanged). */
const stampOf = (t: SidecarText | null): string => (t === null || t.state === 'absent' ? '-' : t.state === 'text' ? t.stamp : '?');

/** What stored links were made with: the sidecar's identity and stamp then (SidecarStore.identity, .stamp). */
export interface SidecarMade {
  identity: string;
  stamp?: string;
}

/** One single-entry sidecar per file, so applying stays O(1) per letter in a large corpus. */
const byFile = (sidecar: Sidecar | null): Map<string, Sidecar> =>
  new Map((sidecar?.letters ?? []).map((entry) => [entry.file, { ...sidecar!, letters: [entry] }]));

/**
 * The metadata sidecar of a corpus folder (`metadata.json`, format in app/corpus). When the folder
 * is read-only by design (the bundled sample), edits go to an overlay sidecar in the app's data
 * folder that is applied over the shipped one. An edit re-reads the file it changes first and is
 * refused while that file cannot be read or is invalid (nothing else in it may be lost); the
 * previous file is kept as `metadata.json.bak`, and files are replaced, never written through a
 * symbolic link (see sidecar-file.ts). With an overlay the folder's own sidecar is only read;
 * with no folder (`folder` null) there is only the overlay.
 */
export class SidecarStore {
  private base: Sidecar | null = null;
  private overlay: Sidecar | null = null;
  private baseByFile = new Map<string, Sidecar>();
  private overlayByFile = new Map<string, Sidecar>();
  /** The texts `read` gave, until they are parsed (ensureParsed). */
  private unparsed: { base: SidecarText; overlay: SidecarText | null } | null = null;
  private parsing: Promise<CorpusError | null> | null = null;
  private problem: CorpusError | null = null;
  /** SidecarStore.identity's parts: the folder's sidecar, the overlay. */
  private ids: [string, string] = ['', ''];
  /** SidecarStore.stamp's parts. */
  private stamps: [string, string] = ['?', '?'];
  /** Nothing read yet, or taken as unchanged since stored links were made (`assume`): read when parsed. */
  private state: 'unread' | 'assumed' | 'read' = 'unread';

  constructor(
    /** The folder whose `metadata.json` applies; null for none. */
    private readonly folder: string | null,
    /** Where edits go instead of the folder's own sidecar; null to edit the folder's sidecar. */
    private readonly overlayPath: string | null,
  ) {}

  /** Reads the sidecar(s); an unusable folder sidecar is reported as a corpus error and ignored. */
  async load(): Promise<CorpusError | null> {
    await this.read();
    return this.ensureParsed();
  }

  /**
   * Reads the sidecar text(s) and sets `identity`, without validating them yet (ensureParsed
   * does; a warm start whose stored links were made with the same sidecar never needs to).
   */
  async read(): Promise<void> {
    await this.readTexts();
    this.parsing = null;
  }

  private async readTexts(): Promise<void> {
    const base = this.folder ? await readSidecarText(join(this.folder, SIDECAR_NAME)) : ({ state: 'absent' } as const);
    const overlay = this.overlayPath ? await readSidecarText(this.overlayPath) : null;
    this.unparsed = { base, overlay };
    this.state = 'read';
    this.ids = [identityOf(base), identityOf(overlay)];
    this.stamps = [stampOf(base), stampOf(overlay)];
  }

  /**
   * The identity to check stored links against (issue 22): `made.identity` without reading the
   * sidecar(s) when their size and modification time are still `made.stamp` (a warm start then
   * reads a 21 MB sidecar only when a letter needs it applied or an edit comes, see ensureParsed);
   * otherwise the identity of the text(s) as read now. The same trust as a letter file's stamp.
   */
  async identityFor(made: SidecarMade): Promise<string> {
    if (this.state === 'unread' && made.stamp !== undefined) {
      const now: [string, string] = [
        this.folder ? await sidecarStamp(join(this.folder, SIDECAR_NAME)) : '-',
        this.overlayPath ? await sidecarStamp(this.overlayPath) : '-',
      ];
      const ids = made.identity.split(' ');
      if (now.join(' ') === made.stamp && !now.includes('?') && ids.length === 2) {
        this.ids = [ids[0]!, ids[1]!];
        this.stamps = now;
        this.state = 'assumed';
        this.assumed = true;
        return made.identity;
      }
    }
    if (this.state === 'unread') await this.read();
    return this.identity;
  }

  /** Whether identityFor took the sidecar as unchanged (by its stamp) rather than reading it. */
  assumed = false;

  /** Whether the sidecar was read, or taken as unchanged (identityFor). */
  get known(): boolean {
    return this.state !== 'unread';
  }

  /** The size and modification time of the sidecar text(s) behind `identity` (see identityFor). */
  get stamp(): string {
    return this.stamps.join(' ');
  }

  /**
   * Identifies the sidecar text(s) last read or written: the sha-1 of each, or that it is absent
   * or unusable (and why). Equal identities mean equal results of parsing and applying them.
   */
  get identity(): string {
    return this.ids.join(' ');
  }

  /** Validates what `read` read (once; in slices) and returns the folder sidecar's problem, if any. */
  ensureParsed(): Promise<CorpusError | null> {
    this.parsing ??= this.parse();
    return this.parsing;
  }

  private async parse(): Promise<CorpusError | null> {
    if (this.state === 'assumed') await this.readTexts();
    const texts = this.unparsed;
    if (!texts) return this.problem;
    const parsed = async (t: SidecarText): Promise<SidecarRead> => (t.state === 'text' ? parseSidecarText(t.text) : t);
    const base = await parsed(texts.base);
    // A broken overlay (our own file) is not applied; an edit replaces it (keeping a backup).
    const overlay = texts.overlay && (await parsed(texts.overlay));
    if (this.unparsed !== texts) return this.ensureParsed(); // read again meanwhile
    this.unparsed = null;
    this.base = base.state === 'ok' ? base.sidecar : null;
    this.overlay = overlay?.state === 'ok' ? overlay.sidecar : null;
    this.baseByFile = byFile(this.base);
    this.overlayByFile = byFile(this.overlay);
    this.problem = base.state === 'unusable' ? corpusError(SIDECAR_NAME, base.problem) : null;
    return this.problem;
  }

  /** Whether `apply` may be called: the sidecar read last is parsed (ensureParsed resolved). */
  get parsed(): boolean {
    return this.unparsed === null && this.state === 'read';
  }

  /** The letter with the sidecar's metadata for it; call once `parsed` (else the previous sidecar applies). */
  apply(letter: Letter): Letter {
    let out = letter;
    const base = this.baseByFile.get(letter.file);
    if (base) out = applySidecar(out, base);
    const overlay = this.overlayByFile.get(letter.file);
    if (overlay) out = applySidecar(out, overlay);
    return out;
  }

  /**
   * Writes `patch` for `file` into the sidecar (or the overlay) as it is on disk now. Throws a
   * DossierError: `sidecar-invalid` when the folder's sidecar cannot be read, is invalid or is a
   * link (nothing is written), `meta-invalid` for an invalid patch, `io` when writing fails.
   */
  async update(file: string, patch: MetaPatch): Promise<void> {
    const target = this.overlayPath ?? (this.folder ? join(this.folder, SIDECAR_NAME) : null);
    if (!target) throw new DossierError('io', message('meta.no-folder'));
    // What was read and not parsed yet must not later replace what this edit sets.
    await this.ensureParsed();
    const read = await readSidecarFile(target);
    if (read.state === 'unusable' && !this.overlayPath) {
      throw new DossierError('sidecar-invalid', message('meta.not-saved', { reason: read.problem }));
    }
    const next = updateSidecarEntry(read.state === 'ok' ? read.sidecar : parseSidecar(EMPTY), file, patch);
    try {
      if (read.state === 'ok') await replaceFile(backupPath(target), read.text);
      // Our own overlay, damaged: kept as the backup rather than lost (the edit goes on).
      else if (read.state === 'unusable') await rename(target, backupPath(target));
      const text = serializeSidecar(next);
      await replaceFile(target, text);
      this.ids[this.overlayPath ? 1 : 0] = createHash('sha1').update(Buffer.from(text, 'utf8')).digest('hex');
      this.stamps[this.overlayPath ? 1 : 0] = await sidecarStamp(target);
    } catch (error) {
      throw new DossierError('io', message('meta.write-failed', { reason: ioReasonMessage(error) }));
    }
    if (this.overlayPath) {
      this.overlay = next;
      this.overlayByFile = byFile(next);
    } else {
      this.base = next;
      this.baseByFile = byFile(next);
    }
  }
}
