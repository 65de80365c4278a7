import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

import { corpusError } from '../../app/corpus/problem';
import { type MetaPatch, MetaPatchSchema } from '../../app/corpus/schema';
import { readableTitle } from '../../app/corpus/title';
import type { Letter, LetterSummary } from '../../app/corpus/types';
import type {
  CorpusLetters,
  CorpusProgress,
  CorpusState,
  LetterSearchRequest,
  LetterSearchResult,
  Recent,
  SearchHit,
  SearchRequest,
} from '../../app/ipc/contract';
import { DossierError } from '../../app/ipc/errors';
import { message } from '../../app/ipc/messages';
import { summaryOf } from '../../app/search/letter-entry';
import { queryExtensions } from '../../app/search/term-extensions';
import { ioReasonMessage } from '../io-errors';
import { type LoadContext, loadCorpus, type LoadStats, reloadCorpus } from './corpus-load';
import type { CorpusSelection } from './corpus-selection';
import { selectCorpus } from './corpus-selection';
import type { WatchBatch, WatchFailure } from './corpus-watcher';
import { FolderWatch } from './folder-watch';
import { LetterCache } from './letter-cache';
import { DEFAULT_MAX_FILE_BYTES, displayName } from './letter-file';
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
  /** Told as each step of a load ends (LoadContext.mark), for a benchmark's breakdown. */
  onLoadStep?: LoadContext['mark'];
}

type Listener<T> = (value: T) => void;
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
/** Longest stretch of preparing the grouped search's facts in one turn of the event loop, ms. */
const FACTS_SLICE_MS = 8;

/** A letter's facts as searches filter and boost by: titles as the library shows them (readableTitle), own keys after the sidecar. */
const factLookup = (c: OpenCorpus) => (file: string) => {
  const l = c.linked.get(file);
  return l && { kind: l.kind, date: l.date, signatories: l.signatories, keys: l.keys, title: readableTitle(l) };
};
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
  private watch: FolderWatch | null = null;
  /** Aborts the load under way, if any (cancelLoad). */
  private loading: AbortController | null = null;
  private readonly changedListeners = new Set<Listener<CorpusState>>();
  private readonly lettersListeners = new Set<Listener<CorpusLetters>>();
  /** A pause after each worker batch of a load, in ms: 0 in use; tests make a load slow enough to use while it runs. */
  batchPauseMs = 0;
  lastLoad: LoadStats = { parsed: 0, fromCache: 0, indexed: 0, changed: [], removed: [] };
  /** The preparation of the grouped search's facts under way (searchReady). */
  private facts: Promise<void> = Promise.resolve();
  private closed = false;

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
      await this.stopWatching();
      const selection = await selectCorpus([this.options.sampleDir]);
      const overlay = join(this.options.dataDir, 'sample-metadata.json');
      return this.load(selection, { name: SAMPLE_NAME, root: selection.root, sample: true, folder: true }, overlay);
    });
  }

  /**
   * Opens one folder (recursively) or a set of letter files. A missing path is a DossierError. A
   * folder is watched from before it is listed (see FolderWatch), unless `watch` is false.
   */
  open(paths: string[]): Promise<CorpusState> {
    return this.queue.run(async () => {
      await this.stopWatching();
      try {
        // A folder's manifest and store are read while it is listed (a warm start's largest reads).
        const selection = await selectCorpus(paths, (root) => {
          this.cache.prefetch(root);
          this.startWatching(root);
        });
        const info = { name: displayName(selection.root), root: selection.root, sample: false, folder: selection.folder };
        // Loose files have no folder of their own: their metadata edits go to the data folder.
        const overlay = selection.folder ? null : join(this.options.dataDir, `loose-metadata-${looseKey(selection.root)}.json`);
        const state = await this.load(selection, info, overlay);
        if (selection.folder) {
          await this.recentStore.add(selection.root, info.name).catch(() => undefined);
        }
        return state;
      } catch (error) {
        this.cache.dropEarly();
        await this.stopWatching();
        throw error;
      }
    });
  }

  /**
   * The full letter: read from the parse cache, or else parsed from its file (and cached for next
   * time). A load keeps only entries and the index in memory, so a letter is read when asked for.
   */
  letter(file: string): Letter {
    return this.reader.read(this.corpus, file);
  }

  /** `letter` for every letter kind: a native PDF missing from the parse cache is decoded again. */
  readLetter(file: string): Promise<Letter> {
    return this.reader.readAsync(this.corpus, file);
  }

  search(req: SearchRequest): SearchHit[] {
    const c = this.corpus;
    return c ? c.index.search(req, (file) => c.linked.get(file), c.linked) : [];
  }

  /**
   * Search results per letter (SearchIndex.searchLetters): titles as the library shows them
   * (readableTitle) and own keys after the sidecar, so a paper number or title finds its letter.
   */
  searchLetters(req: LetterSearchRequest): LetterSearchResult {
    const c = this.corpus;
    if (!c) return { groups: [], totalHits: 0, totalLetters: 0, exact: true };
    return c.index.searchLetters(req, factLookup(c), c.linked);
  }

  /**
   * The characters `query` may be extended by, most used first, at most `max` (queryExtensions
   * over the index's terms): the keys main answers ahead of (main/ipc/search-ahead.ts).
   */
  searchExtensions(query: string, max: number): string[] {
    const c = this.corpus;
    return c
      ? queryExtensions(
          c.index.shardList().map((s) => s.data),
          query,
          max,
        )
      : [];
  }

  /**
   * Resolves when the grouped search's title and key facts for the corpus as it is now are built
   * (prepared after each load, reload and metadata edit in slices of at most FACTS_SLICE_MS, so the
   * first library search need not build them), or their preparation gave way to a newer one.
   */
  searchReady(): Promise<void> {
    return this.facts;
  }

  /**
   * Stops the corpus load under way: no further files are read, the letters read so far open as
   * the corpus (not watched, so the rest is not read in behind the user's back; opening the
   * folder again reads on from the cache) and progress says `cancelled`. False when no load ran.
   */
  cancelLoad(): boolean {
    if (!this.loading || this.loading.signal.aborted) return false;
    this.loading.abort();
    return true;
  }

  /** Writes a metadata edit to the sidecar (or the sample's overlay) and applies it. */
  updateMeta(file: string, patch: MetaPatch): Promise<LetterSummary> {
    return this.queue.run(async () => {
      const parsed = MetaPatchSchema.safeParse(patch);
      if (!parsed.success) throw new DossierError('invalid-request', message('meta.invalid-request'));
      const c = this.corpus;
      if (!c || !c.entries.has(file)) throw new DossierError('not-found', message('letter.not-found', { file }));
      await c.sidecar.update(file, parsed.data);
      await this.relink(c);
      this.store.saveLinks(c); // the next start reads the links as they are now
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

  /** Letters of a load under way, usable before it ends (see CorpusLettersSchema); returns the removal. */
  onLetters(listener: Listener<CorpusLetters>): () => void {
    this.lettersListeners.add(listener);
    return () => this.lettersListeners.delete(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.progress.clear();
    this.changedListeners.clear();
    this.lettersListeners.clear();
    await this.stopWatching();
    await this.pool.close();
    await this.queue.idle();
    await this.store.idle();
    await this.reader.idle();
    this.corpus?.close();
  }

  /** A corpus no longer served: its store file is closed once the store writes queued so far are done. */
  private retire(corpus: OpenCorpus | null): void {
    if (corpus) void this.store.idle().then(() => corpus.close());
  }

  private context(): LoadContext {
    const maxBytes = this.options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    return {
      cache: this.cache,
      pool: this.pool,
      store: this.store,
      progress: this.progress,
      maxBytes,
      relink: (c) => this.relink(c),
      mark: this.options.onLoadStep,
    };
  }

  private async load(selection: CorpusSelection, info: CorpusInfo, overlay: string | null): Promise<CorpusState> {
    const loading = (this.loading = new AbortController());
    // The letters read so far are the corpus at once: listed, readable and searchable during the load.
    const onLive = (corpus: OpenCorpus, letters: LetterSummary[], from: number): void => {
      if (this.corpus !== corpus) {
        this.retire(this.corpus);
        this.corpus = corpus;
        this.reader.forget();
      }
      const payload: CorpusLetters = { name: info.name, root: info.sample ? null : info.root, sample: info.sample, from, letters };
      for (const l of this.lettersListeners) l(payload);
    };
    const ctx = { ...this.context(), signal: loading.signal, onLive, batchPauseMs: this.batchPauseMs };
    const { corpus, stats } = await loadCorpus(selection, info, overlay, ctx).finally(() => {
      if (this.loading === loading) this.loading = null;
    });
    this.lastLoad = stats;
    if (this.corpus !== corpus) this.retire(this.corpus);
    this.corpus = corpus;
    const total = selection.files.length;
    if (loading.signal.aborted) {
      await this.stopWatching();
      this.progress.set({ phase: 'cancelled', done: corpus.entries.size + corpus.errors.size, total }, true);
    } else {
      this.progress.set({ phase: 'ready', done: total, total }, true);
    }
    await this.watch?.loaded(corpus);
    this.emitChanged();
    return this.state();
  }

  /** Watches the folder being opened (before it is listed); its reloads queue behind the load. */
  private startWatching(root: string): void {
    if (this.options.watch === false) return;
    const reload = async (batch: WatchBatch): Promise<void> => {
      if (!this.corpus) return;
      this.lastLoad = await reloadCorpus(this.corpus, batch, this.context());
      this.emitChanged();
    };
    const failed = ({ folder, error }: WatchFailure): void => {
      if (!this.corpus) return;
      const file = folder || this.corpus.info.name;
      this.corpus.errors.set(file, corpusError(file, message('problem.unwatched', { reason: ioReasonMessage(error) })));
      this.emitChanged();
    };
    this.watch = new FolderWatch(root, this.queue, { reload, failed }, this.options.watchDebounceMs);
  }

  private async stopWatching(): Promise<void> {
    const watch = this.watch;
    this.watch = null;
    await watch?.close();
  }

  private async relink(corpus: OpenCorpus): Promise<void> {
    await corpus.relinkInSlices(nextTurn);
    this.reader.forget();
  }

  /** Starts preparing the grouped search's facts (SearchIndex.prepareFacts) for the corpus as it is now, in slices. */
  private prepareFacts(): void {
    const c = this.corpus;
    if (!c) return;
    const version = c.linked;
    const steps = c.index.prepareFacts(factLookup(c), version);
    this.facts = (async () => {
      for (;;) {
        const end = performance.now() + FACTS_SLICE_MS;
        let step = steps.next();
        while (!step.done && performance.now() < end) step = steps.next();
        if (step.done) return;
        await nextTurn();
        if (this.closed || this.corpus !== c || c.linked !== version) return; // closed, or a newer preparation follows
      }
    })();
  }

  private emitChanged(): void {
    this.prepareFacts();
    const state = this.state();
    for (const l of this.changedListeners) l(state);
  }
}

/** A stable file-name part for a set of loose files' common folder (the overlay of their metadata). */
const looseKey = (root: string): string => createHash('sha256').update(root).digest('hex').slice(0, 16);
