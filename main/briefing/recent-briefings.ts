import { statSync } from 'node:fs';
import { basename, join } from 'node:path';

import { RecentList } from '../recent-list';

/**
 * The recent-briefings list, `recent-briefings.json` in the data folder: most recent first, at
 * most 10; `list()` leaves out files that no longer exist (at most 10 small synchronous stats).
 */
export class RecentBriefings extends RecentList {
  constructor(dataDir: string) {
    super(join(dataDir, 'recent-briefings.json'), {
      keep: (entry) => statSync(entry.path, { throwIfNoEntry: false })?.isFile() ?? false,
    });
  }

  /** Puts `path` first under its file name; throws when the list cannot be written. */
  remember(path: string, at: Date): Promise<void> {
    return this.add(path, basename(path), at);
  }
}
