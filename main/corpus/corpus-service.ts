import { availableParallelism } from 'node:os';
import { join } from 'node:path';

import { type MetaPatch, MetaPatchSchema } from '../../app/corpus/schema';
import type { Letter, LetterSummary } from '../../app/corpus/types';
import type { CorpusProgress, CorpusState, Recent, SearchHit, SearchRequest } from '../../app/ipc/contract';
import { DossierError } from '../../app/ipc/errors';
import { summaryOf } from '../../app/search/letter-entry';
import { type LoadContext, loadCorpus, type LoadStats, reloadCorpus } from './corpus-load';
import { CorpusWatcher } from './corpus-watcher';
import { LetterCache } from './letter-cache';
import { type CorpusSelection, DEFAULT_MAX_FILE_BYTES, displayName, selectCorpus } from './letter-file';
import { LetterReader } from './letter-reader';
import type { CorpusInfo, OpenCorpus } from './open-corpus';
import { ProgressReporter } from './progress-reporter';
import { RecentStore } from './recent-store';
import { StoreWriter } from './store-writer';
import { TaskQueue } from './task-queue';
import { defaultWorkerPath, WorkerPool } from './worker-pool';

export type { LoadStats } from './corpus-load';

export interface CorpusServiceOptions {
  /** The bundled sample corpus (may be read-only). */
  sampleDir: string;
  /** App data folder: parse cache, recent corpora, the sample's metadata overlay. */
  dataDir: string;
  /** Watch an opened folder for changes (default true). */
  watch?: boolean;
  maxFileBytes?: number;
  parseTimeoutMs?: number;
  /** The parse worker entry; an Electron build passes the bundled file (`?modulePath`). */
  workerPath?: string;
  workers?: number;
  /** Debounce of watch events (ms). */
  watchDebounceMs?: number;
}

type Listener<T> = (value: T) => void;
const SAMPLE_NAME = 'Voorbeeldcorpus';

/**
 * The corpus as main serves it: opens a folder, files or the bundled sample, parses off the main
 * thread with a cache, keeps a search index, watches the folder and persists metadata edits.
 * Mutations run one at a time (a queue), so a watch reload never interleaves with an open. The
 * work itself lives in corpus-load (load, reload), letter-reader (full letters), store-writer,
 * progress-reporter and task-queue.
 */
export class CorpusService {
  private readonly cache: LetterCache;
  private readonly recentStore: RecentStore;
  private readonly pool: WorkerPool;
  private readonly queue = new TaskQueue();
  private readonly progress = new ProgressReporter();
  private readonly store: StoreWriter;
  private readonly reader: LetterReader;
  private corpus: OpenCorpus | null = null;
  private watcher: CorpusWatcher | null = null;
  private readonly changedListeners = new Set<Listener<CorpusState>>();
  lastLoad: LoadStats = { parsed: 0, fromCache: 0, indexed: 0, changed: [], removed: [] };

  constructor(private readonly options: CorpusServiceOptions) {
    this.cache = new LetterCache(options.dataDir);
    this.store = new StoreWriter(this.cache);
    this.reader = new LetterReader(this.cache);
    this.recentStore = new RecentStore(options.dataDir);
    this.recentStore.load();
    const workers = options.workers ?? Math.max(1, Math.min(2, availableParallelism()));
    this.pool = new WorkerPool(options.workerPath ?? defaultWorkerPath(), workers, options.parseTimeoutMs ?? 10_000);
  }

  state(): CorpusState {
    const c = this.corpus;
    return {
      name: c?.info.name ?? '',
      root: c && !c.info.sample ? c.info.root : null,
      sample: c?.info.sample ?? false,
      letters: c ? c.summaryList() : [],
      errors: c ? c.errorList() : [],
      progress: this.progress.current(),
    };
  }

  openSample(): Promise<CorpusState> {
    return this.queue.run(async () => {
      const selection = await selectCorpus([this.options.sampleDir]);
      const overlay = join(this.options.dataDir, 'sample-metadata.json');
      return this.load(selection, { name: SAMPLE_NAME, root: selection.root, sample: true, folder: true }, overlay);
    });
  }

  /** Opens one folder (recursively) or a set of letter files. A missing path is a DossierError. */
  open(paths: string[]): Promise<CorpusState> {
    return this.queue.run(async () => {
      const selection = await selectCorpus(paths);
      const info = { name: displayName(selection.root), root: selection.root, sample: false, folder: selection.folder };
      const state = await this.load(selection, info, null);
      if (selection.folder) {
        await this.recentStore.add(selection.root, info.name).catch(() => undefined);
      }
      return state;
    });
  }

  /**
   * The full letter: read from the parse cache, or else parsed from its file (and cached for next
   * time). A load keeps only entries and the index in memory, so a letter is read when asked for.
   */
  letter(file: string): Letter {
    return this.reader.read(this.corpus, file);
  }

  search(req: SearchRequest): SearchHit[] {
    const c = this.corpus;
    return c ? c.index.search(req, (file) => c.linked.get(file), c.linked) : [];
  }

  /** Writes a metadata edit to the sidecar (or the sample's overlay) and applies it. */
  updateMeta(file: string, patch: MetaPatch): Promise<LetterSummary> {
    return this.queue.run(async () => {
      const parsed = MetaPatchSchema.safeParse(patch);
      if (!parsed.success) throw new DossierError('invalid-request', 'Ongeldige metagegevens.');
      const c = this.corpus;
      if (!c || !c.entries.has(file)) throw new DossierError('not-found', `Brief niet gevonden in het corpus: ${file}`);
      await c.sidecar.update(file, parsed.data);
      this.relink(c);
      this.emitChanged();
      return summaryOf(c.linked.get(file)!, c.entries.get(file)!);
    });
  }

  recent(): Recent {
    return this.recentStore.list();
  }

  onProgress(listener: Listener<CorpusProgress>): () => void {
    return this.progress.on(listener);
  }

  onChanged(listener: Listener<CorpusState>): () => void {
    this.changedListeners.add(listener);
    return () => this.changedListeners.delete(listener);
  }

  async close(): Promise<void> {
    this.progress.clear();
    this.changedListeners.clear();
    await this.watcher?.close();
    this.watcher = null;
    await this.pool.close();
    await this.queue.idle();
    await this.store.idle();
    await this.reader.idle();
  }

  private context(): LoadContext {
    const maxBytes = this.options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    return { cache: this.cache, pool: this.pool, store: this.store, progress: this.progress, maxBytes, relink: (c) => this.relink(c) };
  }

  private async load(selection: CorpusSelection, info: CorpusInfo, overlay: string | null): Promise<CorpusState> {
    await this.watcher?.close();
    this.watcher = null;
    const { corpus, stats } = await loadCorpus(selection, info, overlay, this.context());
    this.lastLoad = stats;
    this.corpus = corpus;
    this.progress.set({ phase: 'ready', done: selection.files.length, total: selection.files.length }, true);
    if (info.folder && !info.sample && this.options.watch !== false) await this.startWatching(corpus);
    this.emitChanged();
    return this.state();
  }

  private async startWatching(corpus: OpenCorpus): Promise<void> {
    const watcher = new CorpusWatcher(
      corpus.info.root,
      (batch) =>
        void this.queue
          .run(async () => {
            if (this.corpus !== corpus) return; // another corpus was opened meanwhile
            this.lastLoad = await reloadCorpus(corpus, batch, this.context());
            this.emitChanged();
          })
          .catch(() => undefined),
      this.options.watchDebounceMs,
    );
    this.watcher = watcher;
    await watcher.ready();
  }

  private relink(corpus: OpenCorpus): void {
    corpus.relink();
    this.reader.forget();
  }

  private emitChanged(): void {
    const state = this.state();
    for (const l of this.changedListeners) l(state);
  }
}
