import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';

import writeFileAtomic from 'write-file-atomic';

import type { Recent } from '../../app/ipc/contract';

const MAX_RECENT = 10;

/** Recently opened corpora (most recent first), persisted as JSON in the app's data folder. */
export class RecentStore {
  private readonly path: string;
  private items: Recent = [];

  constructor(dataDir: string) {
    this.path = join(dataDir, 'recent-corpora.json');
  }

  /** Reads the stored list (small; read synchronously so `list()` is right from the start). */
  load(): Recent {
    try {
      const raw = JSON.parse(readFileSync(this.path, 'utf8')) as unknown;
      this.items = Array.isArray(raw) ? raw.filter(isEntry).slice(0, MAX_RECENT) : [];
    } catch {
      this.items = [];
    }
    return this.list();
  }

  list(): Recent {
    return this.items.map((r) => ({ ...r }));
  }

  /** Moves `path` to the front (adding it if new) and writes the list. */
  async add(path: string, name: string, now = new Date()): Promise<void> {
    this.items = [{ path, name, openedAt: now.toISOString() }, ...this.items.filter((r) => r.path !== path)].slice(0, MAX_RECENT);
    await mkdir(dirname(this.path), { recursive: true });
    await writeFileAtomic(this.path, JSON.stringify(this.items, null, 2));
  }
}

const isEntry = (x: unknown): x is Recent[number] =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as Record<string, unknown>).path === 'string' &&
  typeof (x as Record<string, unknown>).name === 'string' &&
  typeof (x as Record<string, unknown>).openedAt === 'string';
