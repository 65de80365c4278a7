import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import writeFileAtomic from 'write-file-atomic';

import { applySidecar, parseSidecar, serializeSidecar, type Sidecar, updateSidecarEntry } from '../../app/corpus';
import type { MetaPatch } from '../../app/corpus/schema';
import type { CorpusError, Letter } from '../../app/corpus/types';
import { DossierError } from '../../app/ipc/errors';
import { describeIoError, SIDECAR_NAME } from './letter-file';

const EMPTY = '{"letters": []}';

/** The sidecar at `path`; null when there is none (nothing to apply). Throws DossierError when invalid. */
const readSidecar = async (path: string): Promise<Sidecar | null> => {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return null;
  }
  return parseSidecar(text);
};

/** One single-entry sidecar per file, so applying stays O(1) per letter in a large corpus. */
const byFile = (sidecar: Sidecar | null): Map<string, Sidecar> =>
  new Map((sidecar?.letters ?? []).map((entry) => [entry.file, { ...sidecar!, letters: [entry] }]));

/**
 * The metadata sidecar of a corpus folder (`metadata.json`, format in app/corpus). Edits are
 * written atomically. When the folder is read-only by design (the bundled sample), edits go to an
 * overlay sidecar in the app's data folder that is applied over the shipped one.
 */
export class SidecarStore {
  private base: Sidecar | null = null;
  private overlay: Sidecar | null = null;
  private baseByFile = new Map<string, Sidecar>();
  private overlayByFile = new Map<string, Sidecar>();

  constructor(
    private readonly folder: string,
    /** Where edits go instead of the folder's own sidecar; null to edit the folder's sidecar. */
    private readonly overlayPath: string | null,
  ) {}

  /** Reads the sidecar(s); an invalid folder sidecar is reported as a corpus error and ignored. */
  async load(): Promise<CorpusError | null> {
    let error: CorpusError | null = null;
    this.base = await readSidecar(join(this.folder, SIDECAR_NAME)).catch((e: unknown) => {
      error = { file: SIDECAR_NAME, message: e instanceof Error ? e.message : String(e) };
      return null;
    });
    // A broken overlay (our own file) is dropped rather than blocking edits.
    this.overlay = this.overlayPath ? await readSidecar(this.overlayPath).catch(() => null) : null;
    this.baseByFile = byFile(this.base);
    this.overlayByFile = byFile(this.overlay);
    return error;
  }

  apply(letter: Letter): Letter {
    let out = letter;
    const base = this.baseByFile.get(letter.file);
    if (base) out = applySidecar(out, base);
    const overlay = this.overlayByFile.get(letter.file);
    if (overlay) out = applySidecar(out, overlay);
    return out;
  }

  async update(file: string, patch: MetaPatch): Promise<void> {
    const target = this.overlayPath ?? join(this.folder, SIDECAR_NAME);
    const current = (this.overlayPath ? this.overlay : this.base) ?? parseSidecar(EMPTY);
    const next = updateSidecarEntry(current, file, patch);
    try {
      await writeFileAtomic(target, serializeSidecar(next));
    } catch (error) {
      throw new DossierError('io', `Metagegevens konden niet worden opgeslagen: ${describeIoError(error)}`);
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
