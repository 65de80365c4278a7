import { lstatSync } from 'node:fs';
import { basename, resolve } from 'node:path';

import { DossierError } from '../../app/ipc/errors';
import { message } from '../../app/ipc/messages';

/**
 * What a path was chosen for. A grant for one purpose never allows another: a folder opened as a
 * corpus cannot be written as a briefing or an export.
 */
export type GrantPurpose = 'corpus-read' | 'briefing-open' | 'briefing-write' | 'export-write';

/** The file a grant was made for, as `lstat` saw it then (null: it did not exist yet). */
interface Identity {
  dev: number;
  ino: number;
  symlink: boolean;
}

const identityOf = (path: string): Identity | null => {
  const info = lstatSync(path, { throwIfNoEntry: false });
  return info ? { dev: info.dev, ino: info.ino, symlink: info.isSymbolicLink() } : null;
};

const WRITES: ReadonlySet<GrantPurpose> = new Set(['briefing-write', 'export-write']);

/**
 * Paths the user chose, each for a purpose: in a native dialog, by a drop, on the command line,
 * by the operating system opening a `.dossier` file, or (with the same purpose) from a recent
 * list or the recovery copy. Nothing the renderer sends creates a grant; a path it names is used
 * only when `check` finds a grant for that purpose.
 *
 * A grant remembers the file `lstat` saw when it was made, and `check` compares it with the file
 * there now: a file replaced meanwhile (by a symlink or another file) is refused; for writing, a
 * path that did not exist may be created, and one that has since disappeared may be written again.
 */
export class PathGrants {
  private readonly granted = new Map<string, Map<GrantPurpose, Identity | null>>();

  /** Grants `path` (made absolute) for `purposes`, remembering the file there now; returns the absolute path. */
  grant(path: string, ...purposes: GrantPurpose[]): string {
    const absolute = resolve(path);
    const identity = identityOf(absolute);
    const purposesOf = this.granted.get(absolute) ?? new Map<GrantPurpose, Identity | null>();
    for (const purpose of purposes) purposesOf.set(purpose, identity);
    this.granted.set(absolute, purposesOf);
    return absolute;
  }

  /** Whether `path` is granted for `purpose` (without looking at the file). */
  has(path: string, purpose: GrantPurpose): boolean {
    return this.granted.get(resolve(path))?.has(purpose) ?? false;
  }

  /** `check` without the error: the absolute path, or null when `path` may not be used for `purpose`. */
  allowed(path: string, purpose: GrantPurpose): string | null {
    try {
      return this.check(path, purpose);
    } catch {
      return null;
    }
  }

  /**
   * The absolute path when `path` is granted for `purpose` and the file there is still the one
   * chosen (`lstat`: same device, inode and kind, file or symlink; a path chosen while absent must not have become a
   * symlink). Throws DossierError `forbidden` with a Dutch message otherwise.
   */
  check(path: string, purpose: GrantPurpose): string {
    const absolute = resolve(path);
    const purposesOf = this.granted.get(absolute);
    if (!purposesOf?.has(purpose)) {
      throw new DossierError('forbidden', message('grant.not-chosen', { name: basename(absolute) }));
    }
    const chosen = purposesOf.get(purpose) ?? null;
    const now = identityOf(absolute);
    const replaced =
      chosen && now ? chosen.dev !== now.dev || chosen.ino !== now.ino || chosen.symlink !== now.symlink : !chosen && now?.symlink === true;
    if (replaced || (!now && !WRITES.has(purpose) && chosen)) {
      throw new DossierError('forbidden', message('grant.replaced', { name: basename(absolute) }));
    }
    return absolute;
  }
}
