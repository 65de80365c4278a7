import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

import writeFileAtomic from 'write-file-atomic';

import type { Recent, RecentEntry } from '../app/ipc/contract';
import { RecentEntrySchema } from '../app/ipc/contract';

export interface RecentListOptions {
  /** At most this many entries are kept (10 by default). */
  max?: number;
  /** Entries for which this is false are left out of `list()` (e.g. files that no longer exist). */
  keep?: (entry: RecentEntry) => boolean;
}

/**
 * A "Recent geopend" list persisted as a JSON array of the contract's `RecentEntry` in one file
 * (pretty-printed, trailing newline): most recent first, one entry per path. A missing or
 * unreadable file, and entries of the wrong shape in it, count as absent. Read synchronously on
 * first use (the file is small) so `list()` is right from the start.
 */
export class RecentList {
  private entries: RecentEntry[] | null = null;
  private readonly max: number;

  constructor(
    private readonly file: string,
    private readonly options: RecentListOptions = {},
  ) {
    this.max = options.max ?? 10;
  }

  /** Re-reads the stored file and returns the list. */
  load(): Recent {
    this.entries = null;
    return this.list();
  }

  /** The entries, most recent first, copies; without those `keep` rejects. */
  list(): Recent {
    const keep = this.options.keep ?? (() => true);
    return this.stored()
      .filter(keep)
      .map((entry) => ({ ...entry }));
  }

  /** Moves `path` to the front (adding it if new) and writes the file; throws on a write failure. */
  async add(path: string, name: string, at = new Date()): Promise<void> {
    this.entries = [{ path, name, openedAt: at.toISOString() }, ...this.stored().filter((entry) => entry.path !== path)].slice(0, this.max);
    await mkdir(dirname(this.file), { recursive: true });
    await writeFileAtomic(this.file, `${JSON.stringify(this.entries, null, 2)}\n`);
  }

  private stored(): RecentEntry[] {
    if (this.entries) return this.entries;
    try {
      const data: unknown = JSON.parse(readFileSync(this.file, 'utf8'));
      this.entries = Array.isArray(data)
        ? data.flatMap((item) => {
            const parsed = RecentEntrySchema.safeParse(item);
            return parsed.success ? [parsed.data] : [];
          })
        : [];
    } catch {
      this.entries = [];
    }
    this.entries = this.entries.slice(0, this.max);
    return this.entries;
  }
}
