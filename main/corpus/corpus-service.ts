import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

import { type MetaPatch, MetaPatchSchema } from '../../app/corpus/schema';
import type { Letter, LetterSummary } from '../../app/corpus/types';
import type { CorpusProgress, CorpusState, Recent, SearchHit, SearchRequest } from '../../app/ipc/contract';
import { DossierError } from '../../app/ipc/errors';
import { summaryOf, withLinks } from '../../app/search/letter-entry';
import { loadLetters, unchangedFiles } from './corpus-loader';
import { CorpusWatcher, type WatchBatch } from './corpus-watcher';
import { type FileStamp, LetterCache } from './letter-cache';
import { type CorpusSelection, DEFAULT_MAX_FILE_BYTES, displayName, hashBytes, selectCorpus } from './letter-file';
import { type CorpusInfo, OpenCorpus } from './open-corpus';
import { parseLetterBytes } from './parse-bytes';
import { RecentStore } from './recent-store';
import { SidecarStore } from './sidecar-store';
import { defaultWorkerPath, WorkerPool } from './worker-pool';

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

/** Counts from the most recent load or reload, e.g. to check the cache was used. */
export interface LoadStats {
  parsed: number;
  fromCache: number;
  /** Letters (re)indexed; the rest came from the stored index (warm-start store). */
  indexed: number;
  /** Files added, changed or removed by the last watch reload. */
  changed: string[];
  removed: string[];
}

type Listener<T> = (value: T) => void;
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
const sameStamps = (a: Map<string, FileStamp>, b: Map<string, FileStamp>): boolean =>
  a.size === b.size &&
  [...b].every(([file, s]) => {
    const t = a.get(file);
    return t !== undefined && t.size === s.size && t.mtimeMs === s.mtimeMs && t.hash === s.hash;
  });
const SAMPLE_NAME = 'Voorbeeldcorpus';
const PROGRESS_INTERVAL_MS = 50;
/** Full letters kept in memory after `letter(file)` read them from the cache. */
const RECENT_LETTERS = 32;

/**
 * The corpus as main serves it: opens a folder, files or the bundled sample, parses off the main
 * thread with a cache, keeps a search index, watches the folder and persists metadata edits.
 * Mutations run one at a time (a queue), so a watch reload never interleaves with an open.
 */
export class CorpusService {
  private readonly cache: LetterCache;
  private readonly recentStore: RecentStore;
  private readonly pool: WorkerPool;
  private corpus: OpenCorpus | null = null;
  private watcher: CorpusWatcher | null = null;
  private progress: CorpusProgress = { phase: 'idle', done: 0, total: 0 };
  private lastEmit = 0;
  private queue: Promise<unknown> = Promise.resolve();
  /** Background write of the warm-start store; awaited by close(). */
  private indexWrite: Promise<unknown> = Promise.resolve();
  /** Background writes of letters to the parse cache (see `letter`); awaited by close(). */
  private cacheWrite: Promise<unknown> = Promise.resolve();
  /** Recently read full letters (linked), most recent last; cleared whenever links or metadata change. */
  private recentLetters = new Map<string, Letter>();
  private readonly progressListeners = new Set<Listener<CorpusProgress>>();
  private readonly changedListeners = new Set<Listener<CorpusState>>();
  lastLoad: LoadStats = { parsed: 0, fromCache: 0, indexed: 0, changed: [], removed: [] };

  constructor(private readonly options: CorpusServiceOptions) {
    this.cache = new LetterCache(options.dataDir);
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
      progress: { ...this.progress },
    };
  }

  openSample(): Promise<CorpusState> {
    return this.enqueue(async () => {
      const selection = await selectCorpus([this.options.sampleDir]);
      const overlay = join(this.options.dataDir, 'sample-metadata.json');
      return this.load(selection, { name: SAMPLE_NAME, root: selection.root, sample: true, folder: true }, overlay);
    });
  }

  /** Opens one folder (recursively) or a set of letter files. A missing path is a DossierError. */
  open(paths: string[]): Promise<CorpusState> {
    return this.enqueue(async () => {
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
    const c = this.corpus;
    const skeleton = c?.linked.get(file);
    const entry = c?.entries.get(file);
    if (!c || !skeleton || !entry) throw new DossierError('not-found', `Brief niet gevonden in het corpus: ${file}`);
    let letter = this.recentLetters.get(file);
    if (letter) this.recentLetters.delete(file);
    else letter = withLinks(this.cache.getSync(entry.hash, file) ?? this.reparse(c, file, entry.hash), skeleton);
    this.recentLetters.set(file, letter);
    if (this.recentLetters.size > RECENT_LETTERS) this.recentLetters.delete(this.recentLetters.keys().next().value!);
    return letter;
  }

  search(req: SearchRequest): SearchHit[] {
    const c = this.corpus;
    return c ? c.index.search(req, (file) => c.linked.get(file), c.linked) : [];
  }

  /** Writes a metadata edit to the sidecar (or the sample's overlay) and applies it. */
  updateMeta(file: string, patch: MetaPatch): Promise<LetterSummary> {
    return this.enqueue(async () => {
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
    this.progressListeners.add(listener);
    return () => this.progressListeners.delete(listener);
  }

  onChanged(listener: Listener<CorpusState>): () => void {
    this.changedListeners.add(listener);
    return () => this.changedListeners.delete(listener);
  }

  async close(): Promise<void> {
    this.progressListeners.clear();
    this.changedListeners.clear();
    await this.watcher?.close();
    this.watcher = null;
    await this.pool.close();
    await this.queue;
    await this.indexWrite;
    await this.cacheWrite;
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async load(selection: CorpusSelection, info: CorpusInfo, overlay: string | null): Promise<CorpusState> {
    await this.watcher?.close();
    this.watcher = null;
    const total = selection.files.length;
    this.setProgress({ phase: 'scanning', done: 0, total }, true);
    const sidecar = new SidecarStore(selection.root, overlay);
    const corpus = new OpenCorpus(info, sidecar);
    corpus.sidecarError = await sidecar.load();
    const stamps = await this.cache.manifest(selection.root);
    // Reading the store and checking the files' stamps go on at the same time.
    const [store, unchanged] =
      stamps.size > 0
        ? await Promise.all([this.cache.loadStore(selection.root), unchangedFiles(selection.files, stamps)])
        : [undefined, undefined];
    let done = 0;
    const outcome = await loadLetters(selection.files, {
      pool: this.pool,
      stamps,
      unchanged,
      stored: new Map(store?.entries.map((e) => [e.file, e])),
      known: new Map(store?.entries.map((e) => [e.hash, e])),
      maxBytes: this.options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
      onFile: (file) => this.setProgress({ phase: 'parsing', done: ++done, total, file }),
    });
    this.setProgress({ phase: 'indexing', done: 0, total }, true);
    // The finishing steps take tens of milliseconds each on a large corpus: the event loop gets a
    // turn between them, so the window keeps answering (IPC, progress) while they run.
    await nextTurn();
    if (store) corpus.adoptStore(store, outcome);
    corpus.merge(outcome);
    await nextTurn();
    this.relink(corpus);
    await nextTurn();
    const indexed = outcome.indexed;
    if (!sameStamps(stamps, corpus.stamps)) await this.cache.saveManifest(selection.root, corpus.stamps).catch(() => undefined);
    if (indexed > 0 || store?.entries.length !== corpus.entries.size) this.saveStore(corpus);
    this.lastLoad = { parsed: outcome.parsed, fromCache: outcome.fromCache, indexed, changed: [], removed: [] };
    this.corpus = corpus;
    this.setProgress({ phase: 'ready', done: total, total }, true);
    if (info.folder && !info.sample && this.options.watch !== false) await this.startWatching(corpus);
    this.emitChanged();
    return this.state();
  }

  private async startWatching(corpus: OpenCorpus): Promise<void> {
    const watcher = new CorpusWatcher(
      corpus.info.root,
      (batch) => void this.enqueue(() => this.reload(corpus, batch)).catch(() => undefined),
      this.options.watchDebounceMs,
    );
    this.watcher = watcher;
    await watcher.ready();
  }

  /** Applies a watch batch: re-reads changed files (cache first), drops removed ones, relinks. */
  private async reload(corpus: OpenCorpus, batch: WatchBatch): Promise<void> {
    if (this.corpus !== corpus) return; // another corpus was opened meanwhile
    const outcome = await loadLetters(
      batch.changed.map((file) => ({ file, path: join(corpus.info.root, ...file.split('/')) })),
      {
        pool: this.pool,
        stamps: corpus.stamps,
        stored: new Map(),
        known: corpus.byHash(),
        maxBytes: this.options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
      },
    );
    corpus.merge(outcome, batch.removed);
    if (batch.sidecar) corpus.sidecarError = await corpus.sidecar.load();
    this.relink(corpus);
    const touched = [...batch.changed, ...batch.removed];
    await this.cache.saveManifest(corpus.info.root, corpus.stamps).catch(() => undefined);
    if (touched.length > 0) this.saveStore(corpus);
    const { changed, removed } = batch;
    this.lastLoad = { parsed: outcome.parsed, fromCache: outcome.fromCache, indexed: touched.length, changed, removed };
    this.emitChanged();
  }

  /** Stores entries and index for the next start, after the corpus is ready, off the critical path. */
  private saveStore(corpus: OpenCorpus): void {
    const store = corpus.toStore();
    this.indexWrite = this.indexWrite.then(() => this.cache.saveStore(corpus.info.root, store)).catch(() => undefined); // the store is an optimisation: failing to write it only costs time next start
  }

  private relink(corpus: OpenCorpus): void {
    corpus.relink();
    this.recentLetters.clear();
  }

  /** A letter missing from the parse cache: parsed in-process from its file if unchanged, then cached. */
  private reparse(corpus: OpenCorpus, file: string, hash: string): Letter {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(join(corpus.info.root, ...file.split('/'))));
    } catch {
      throw new DossierError('not-found', `Brief kon niet worden gelezen: ${file}`);
    }
    const parsed = hashBytes(bytes) === hash ? parseLetterBytes(file, bytes, hash) : null;
    if (!parsed?.ok) throw new DossierError('not-found', `Brief is gewijzigd of onleesbaar: ${file}`);
    const letter = parsed.letter;
    // The cache is an optimisation: failing to write it only costs a parse next time.
    this.cacheWrite = this.cacheWrite.then(() => this.cache.put(letter)).catch(() => undefined);
    return letter;
  }

  private setProgress(progress: CorpusProgress, force = false): void {
    this.progress = progress;
    const now = Date.now();
    if (!force && now - this.lastEmit < PROGRESS_INTERVAL_MS) return;
    this.lastEmit = now;
    for (const l of this.progressListeners) l({ ...progress });
  }

  private emitChanged(): void {
    const state = this.state();
    for (const l of this.changedListeners) l(state);
  }
}
