import { readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

import writeFileAtomic from 'write-file-atomic';

/** One entry of the "Recent geopend" list (the contract's `RecentSchema` item). */
export interface RecentBriefing {
  path: string;
  name: string;
  openedAt: string;
}

const MAX_RECENT = 10;

/** The recent-briefings list, persisted as JSON in the data folder: most recent first, at most 10. */
export class RecentBriefings {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = join(dataDir, 'recent-briefings.json');
  }

  /**
   * The stored entries whose file still exists. A missing or unreadable list is an empty list.
   * Synchronous (at most 10 small stats) because the IPC port asks for it that way.
   */
  list(): RecentBriefing[] {
    return this.read().filter((entry) => statSync(entry.path, { throwIfNoEntry: false })?.isFile() ?? false);
  }

  async remember(path: string, at: Date): Promise<void> {
    const entries = this.read().filter((entry) => entry.path !== path);
    entries.unshift({ path, name: basename(path), openedAt: at.toISOString() });
    await writeFileAtomic(this.file, `${JSON.stringify(entries.slice(0, MAX_RECENT), null, 2)}\n`);
  }

  private read(): RecentBriefing[] {
    try {
      const data: unknown = JSON.parse(readFileSync(this.file, 'utf8'));
      if (!Array.isArray(data)) return [];
      return data
        .filter(
          (item): item is RecentBriefing =>
            typeof item?.path === 'string' && typeof item?.name === 'string' && typeof item?.openedAt === 'string',
        )
        .slice(0, MAX_RECENT);
    } catch {
      return [];
    }
  }
}
