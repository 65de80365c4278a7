import { join } from 'node:path';

import { RecentList } from '../recent-list';

/** Recently opened corpora (most recent first), `recent-corpora.json` in the app's data folder. */
export class RecentStore extends RecentList {
  constructor(dataDir: string) {
    super(join(dataDir, 'recent-corpora.json'));
  }
}
