import { lstatSync } from 'node:fs';
import { relative, sep } from 'node:path';

import { type FSWatcher, watch } from 'chokidar';

import { isLetterPath, SIDECAR_NAME } from './letter-file';

export interface WatchBatch {
  /** Corpus keys (relative, `/` separators) of letter files added or changed. */
  changed: string[];
  removed: string[];
  /** The folder's metadata.json sidecar changed. */
  sidecar: boolean;
}

/** A watch failure: `folder` is the corpus key of the path concerned ('' for the root). */
export interface WatchFailure {
  folder: string;
  error: unknown;
}

/**
 * Watches an open corpus folder (chokidar) and reports added, changed and removed letter files in
 * debounced batches, so a burst of writes (a copy of many files, an editor's save) is one reload.
 * Same rule as the load's walk (listLetterFiles): hidden entries are skipped and symbolic links
 * (junctions on Windows) are never followed, so a link cannot lead out of the folder and a link
 * loop cannot make the watch endless. Every watcher error goes to `onError`; none is thrown.
 */
export class CorpusWatcher {
  private watcher: FSWatcher;
  private changed = new Set<string>();
  private removed = new Set<string>();
  private sidecar = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly whenReady: Promise<void>;

  constructor(
    private readonly root: string,
    private readonly onBatch: (batch: WatchBatch) => void,
    private readonly debounceMs = 250,
    private readonly onError: (failure: WatchFailure) => void = () => undefined,
  ) {
    this.watcher = watch(root, {
      ignoreInitial: true,
      followSymlinks: false,
      ignored: (path) =>
        relative(root, path)
          .split(sep)
          .some((part) => part.startsWith('.')),
      awaitWriteFinish: { stabilityThreshold: 100, pollInterval: 50 },
    });
    this.whenReady = new Promise((resolve) => this.watcher.once('ready', () => resolve()));
    this.watcher.on('add', (p) => this.note(p, false));
    this.watcher.on('change', (p) => this.note(p, false));
    this.watcher.on('unlink', (p) => this.note(p, true));
    this.watcher.on('error', (error) => {
      const path = (error as NodeJS.ErrnoException).path;
      this.onError({ folder: path ? this.keyOf(path) : '', error });
    });
  }

  /** Resolves once the initial scan is done and events will be reported. */
  ready(): Promise<void> {
    return this.whenReady;
  }

  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.watcher.close();
  }

  private keyOf(path: string): string {
    return relative(this.root, path).split(sep).join('/');
  }

  private note(path: string, gone: boolean): void {
    const key = this.keyOf(path);
    if (key === SIDECAR_NAME) this.sidecar = true;
    else if (!isLetterPath(path)) return;
    else if (!gone && lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink())
      return; // links are not followed
    else if (gone) {
      this.removed.add(key);
      this.changed.delete(key);
    } else {
      this.changed.add(key);
      this.removed.delete(key);
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.debounceMs);
  }

  private flush(): void {
    this.timer = null;
    const batch: WatchBatch = { changed: [...this.changed], removed: [...this.removed], sidecar: this.sidecar };
    this.changed.clear();
    this.removed.clear();
    this.sidecar = false;
    this.onBatch(batch);
  }
}
