import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import writeFileAtomic from 'write-file-atomic';

import type { Letter } from '../../app/corpus/types';
import type { IndexSnapshot } from './index-snapshot';

/** Bump when the parser's output changes shape or content, so old cache entries are ignored. */
export const CACHE_VERSION = 1;

/** What was known about a file when it was last read: a changed size or mtime means re-hash. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  hash: string;
}

/**
 * Parsed letters on disk, keyed on the sha-256 of the file's bytes (content-addressed, so a
 * renamed or copied file is not parsed again), plus a per-corpus manifest of file stamps so a warm
 * start only has to stat files, not hash them. Letters are stored as the parser returned them:
 * before the sidecar and linking, which depend on the rest of the corpus.
 */
export class LetterCache {
  private readonly dir: string;

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'corpus-cache', `v${CACHE_VERSION}`);
  }

  private letterPath(hash: string): string {
    return join(this.dir, 'letters', hash.slice(0, 2), `${hash}.json`);
  }

  private manifestPath(root: string): string {
    return join(this.dir, 'roots', `${createHash('sha1').update(root).digest('hex')}.json`);
  }

  private indexPath(root: string): string {
    return join(this.dir, 'indexes', `${createHash('sha1').update(root).digest('hex')}.json`);
  }

  /** The stored search index of this corpus; undefined when absent or unreadable. */
  async loadIndex(root: string): Promise<IndexSnapshot | undefined> {
    try {
      const snap = JSON.parse(await readFile(this.indexPath(root), 'utf8')) as IndexSnapshot;
      return snap.version === 1 ? snap : undefined;
    } catch {
      return undefined;
    }
  }

  async saveIndex(root: string, snapshot: IndexSnapshot): Promise<void> {
    await mkdir(join(this.dir, 'indexes'), { recursive: true });
    await writeFileAtomic(this.indexPath(root), JSON.stringify(snapshot));
  }

  /** A cached letter for this content, re-keyed to `file`; undefined when absent or unreadable. */
  async get(hash: string, file: string): Promise<Letter | undefined> {
    try {
      const letter = JSON.parse(await readFile(this.letterPath(hash), 'utf8')) as Letter;
      return letter.hash === hash ? { ...letter, file } : undefined;
    } catch {
      return undefined;
    }
  }

  async put(letter: Letter): Promise<void> {
    const path = this.letterPath(letter.hash);
    await mkdir(join(path, '..'), { recursive: true });
    await writeFileAtomic(path, JSON.stringify(letter));
  }

  async manifest(root: string): Promise<Map<string, FileStamp>> {
    try {
      const raw = JSON.parse(await readFile(this.manifestPath(root), 'utf8')) as { files: Record<string, FileStamp> };
      return new Map(Object.entries(raw.files));
    } catch {
      return new Map();
    }
  }

  async saveManifest(root: string, stamps: Map<string, FileStamp>): Promise<void> {
    await mkdir(join(this.dir, 'roots'), { recursive: true });
    await writeFileAtomic(this.manifestPath(root), JSON.stringify({ root, files: Object.fromEntries(stamps) }));
  }
}
