import { join } from 'node:path';

import type { LetterSummary } from '../../app/corpus/types';
import type { StoredCorpus } from '../../app/search/corpus-store';
import type { LetterEntry } from '../../app/search/letter-entry';
import { loadLetters, unchangedFiles } from './corpus-loader';
import type { CorpusSelection } from './corpus-selection';
import type { WatchBatch } from './corpus-watcher';
import type { FileStamp, LetterCache } from './letter-cache';
import { LiveLetters } from './live-letters';
import { isOldManifest } from './manifest-file';
import { type CorpusInfo, OpenCorpus } from './open-corpus';
import type { ProgressReporter } from './progress-reporter';
import { SidecarStore } from './sidecar-store';
import type { StoreWriter } from './store-writer';
import type { WorkerPool } from './worker-pool';

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

/**
 * The steps of a load, in order. `usable`: the stored letters the manifest lists unchanged are
 * listed and searchable (a warm start's end for the user); the files' stamps are checked after it.
 */
export type LoadStep =
  'listing' | 'manifest' | 'store' | 'sidecar' | 'links' | 'usable' | 'stamps' | 'letters' | 'merge' | 'link' | 'save manifest';

/** What a load and a reload work with (the service's parts). */
export interface LoadContext {
  cache: LetterCache;
  pool: WorkerPool;
  store: StoreWriter;
  progress: ProgressReporter;
  /** Largest letter file read, in bytes. */
  maxBytes: number;
  /** Applies the sidecar and links citations (OpenCorpus.relinkInSlices) and drops what depended on them. */
  relink: (corpus: OpenCorpus) => Promise<void>;
  /** Called as each step of a load ends, with its name (a benchmark times the steps); none by default. */
  mark?: (step: LoadStep) => void;
  /** Cancels a load (see LoadOptions.signal): the letters loaded so far make the corpus. */
  signal?: AbortSignal;
  /**
   * Letters of a load under way, taken into `corpus` (the one being loaded) and usable now: their
   * summaries, and how many this load published before them (see LiveLetters).
   */
  onLive?: (corpus: OpenCorpus, letters: LetterSummary[], from: number) => void;
  /** A pause after each worker batch, in ms (tests: a load slow enough to use while it runs); none by default. */
  batchPauseMs?: number;
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Entries by `key`, 10,000 at a time with a turn of the event loop between (100,000: ~50 ms of work). */
const entriesBy = async (entries: LetterEntry[], key: (e: LetterEntry) => string): Promise<Map<string, LetterEntry>> => {
  const map = new Map<string, LetterEntry>();
  for (let i = 0; i < entries.length; i++) {
    map.set(key(entries[i]!), entries[i]!);
    if (i % 10_000 === 9_999) await nextTurn();
  }
  return map;
};
const sameStamps = (a: Map<string, FileStamp>, b: Map<string, FileStamp>): boolean =>
  a.size === b.size &&
  [...b].every(([file, s]) => {
    const t = a.get(file);
    return t !== undefined && t.size === s.size && t.mtimeMs === s.mtimeMs && t.hash === s.hash;
  });

/**
 * The stored entries of listed files whose manifest stamp names the stored content (by hash), in
 * the selection's order: what a warm start makes usable before checking the files (see
 * loadCorpus). Also the stored entries by file, for the load after the check.
 */
const provisionalEntries = async (
  store: StoredCorpus | undefined,
  stamps: Map<string, FileStamp>,
  selection: CorpusSelection,
): Promise<{ provisional: LetterEntry[]; stored: Map<string, LetterEntry> }> => {
  const stored = await entriesBy(store?.entries ?? [], (e) => e.file);
  const provisional: LetterEntry[] = [];
  for (let i = 0; i < selection.files.length && stored.size > 0; i++) {
    const entry = stored.get(selection.files[i]!.file);
    if (entry && stamps.get(entry.file)?.hash === entry.hash) provisional.push(entry);
    if (i % 20_000 === 19_999) await nextTurn();
  }
  return { provisional, stored };
};

/**
 * Loads the selected files as a corpus: the manifest, the warm-start store, the links stored with
 * it and the sidecar (not read when the links' record of its size and modification time holds); the stored letters the manifest lists unchanged are usable at once
 * (published live, step `usable`); then the files' stamps are checked and every letter not in the
 * store, or changed, goes through the workers; finally the index is merged, citations linked (unless every letter came from the
 * store with valid stored links), the manifest and (in the background) the store saved.
 * Progress goes scanning → parsing → indexing → ready. Per-file failures are corpus errors.
 */
export const loadCorpus = async (
  selection: CorpusSelection,
  info: CorpusInfo,
  overlay: string | null,
  ctx: LoadContext,
): Promise<{ corpus: OpenCorpus; stats: LoadStats }> => {
  const total = selection.files.length;
  ctx.progress.begin({ name: info.name, root: info.sample ? null : info.root, sample: info.sample });
  ctx.progress.set({ phase: 'scanning', done: 0, total }, true);
  // A chosen folder's metadata.json is read (and written, unless `overlay`). Loose files read the
  // one beside them when they all lie in one folder (picked together in a dialog), never one
  // further up; their edits go to `overlay`, so no folder the user did not choose is written.
  const besideAll = selection.files.every((f) => !f.file.includes('/'));
  const sidecar = new SidecarStore(selection.folder || besideAll ? selection.root : null, overlay);
  const corpus = new OpenCorpus(info, sidecar);
  ctx.mark?.('listing');
  // The manifest and the store head are read at the same time (or were read while the folder was
  // listed, LetterCache.prefetch); a store is used only beside a manifest (a warm start).
  const storing = ctx.cache.loadStore(selection.root);
  const stamps = await ctx.cache.manifest(selection.root);
  ctx.mark?.('manifest');
  let store = await storing;
  if (stamps.size === 0 && store) {
    store.close?.();
    store = undefined;
  }
  ctx.mark?.('store');
  // The links stored with the index, when made from these entries and this sidecar: the sidecar
  // then need not be validated nor the corpus linked again, unless files changed.
  // The sidecar is read only when the links' record of it (size, modification time) no longer holds.
  const links = store && (await ctx.cache.loadLinks(selection.root, store, (made) => sidecar.identityFor(made)));
  if (!sidecar.known) await sidecar.read();
  ctx.mark?.('sidecar');
  corpus.sidecarError = links ? links.sidecarError : await sidecar.ensureParsed();
  ctx.mark?.('links');
  let done = 0;
  const live = new LiveLetters(corpus, store, (c, letters, from) => ctx.onLive?.(c, letters, from));
  live.storedLinks = links?.letters;
  // Usable first: the stored letters of listed files whose manifest stamp names the stored content
  // are listed and searchable before any file is checked (stat of 100,000 files: ~0.4 s). The
  // check follows; a file changed meanwhile is read again and replaces its letter, a letter whose
  // file is gone or now fails is dropped at the merge, and the corpus is then linked anew.
  const { provisional, stored } = await provisionalEntries(store, stamps, selection);
  if (provisional.length > 0) await live.add({ entries: provisional, shard: null, copies: [], fromStore: true });
  ctx.mark?.('usable');
  const unchanged = stamps.size > 0 ? await unchangedFiles(selection.files, stamps) : undefined;
  ctx.mark?.('stamps');
  const pause = ctx.batchPauseMs;
  const known = await entriesBy(store?.entries ?? [], (e) => e.hash);
  const outcome = await loadLetters(selection.files, {
    pool: ctx.pool,
    stamps,
    unchanged,
    stored,
    known,
    maxBytes: ctx.maxBytes,
    onFile: (file) => ctx.progress.set({ phase: 'parsing', done: ++done, total, file }),
    // A long PDF: a progress event naming it every PDF_PROGRESS_PAGES pages (the letter count stays).
    onPages: (file, page, pages) => ctx.progress.set({ phase: 'parsing', done, total, file, page, pages }, true),
    onLetter: (letter) => void ctx.cache.put(letter).catch(() => undefined),
    signal: ctx.signal,
    onBatch: async (batch) => {
      // The stored letters that passed the check are live already (a subset of `provisional`).
      if (batch.fromStore && provisional.length > 0) return;
      // A letter not from the store gets the sidecar applied (validated only now if links were stored).
      if (!batch.fromStore && !sidecar.parsed) await sidecar.ensureParsed();
      await live.add(batch);
      if (pause) await new Promise((resolve) => setTimeout(resolve, pause));
    },
  });
  ctx.mark?.('letters');
  ctx.progress.set({ phase: 'indexing', done: 0, total }, true);
  // The finishing steps take tens of milliseconds each on a large corpus: the event loop gets a
  // turn between them, so the window keeps answering (IPC, progress) while they run.
  await nextTurn();
  if (store && !live.adopted) await corpus.adoptStore(store, outcome, nextTurn);
  // Letters made usable before the check whose file is gone, or now fails (merge lists its error).
  const loaded = new Set(outcome.entries.map((e) => e.file));
  corpus.merge(
    live.rest(outcome),
    provisional.filter((e) => !loaded.has(e.file)).map((e) => e.file),
  );
  for (const error of selection.errors) corpus.errors.set(error.file, error);
  ctx.mark?.('merge');
  await nextTurn();
  // Every letter from the store, each as linked and stored: the links hold as they are.
  const unchangedLinks = links !== undefined && outcome.indexed === 0 && outcome.entries.length === store!.entries.length;
  if (!unchangedLinks) await ctx.relink(corpus);
  ctx.mark?.('link');
  await nextTurn();
  const indexed = outcome.indexed;
  if (!sameStamps(stamps, corpus.stamps) || isOldManifest(stamps))
    await ctx.cache.saveManifest(selection.root, corpus.stamps).catch(() => undefined);
  ctx.mark?.('save manifest');
  // A store written before stores had an id is written again, once, so its links can be kept beside it.
  if (indexed > 0 || store?.entries.length !== corpus.entries.size || !store.id) ctx.store.save(corpus);
  // Links that held for a sidecar read anew (touched, or recorded without its stamp): saved with its stamp now.
  else if (!unchangedLinks || (links && !sidecar.assumed)) ctx.store.saveLinks(corpus);
  return { corpus, stats: { parsed: outcome.parsed, fromCache: outcome.fromCache, indexed, changed: [], removed: [] } };
};

/** Applies a watch batch: re-reads changed files (cache first), drops removed ones, relinks. */
export const reloadCorpus = async (corpus: OpenCorpus, batch: WatchBatch, ctx: LoadContext): Promise<LoadStats> => {
  const outcome = await loadLetters(
    batch.changed.map((file) => ({ file, path: join(corpus.info.root, ...file.split('/')) })),
    {
      pool: ctx.pool,
      stamps: corpus.stamps,
      stored: new Map(),
      known: corpus.byHash(),
      maxBytes: ctx.maxBytes,
      onLetter: (letter) => void ctx.cache.put(letter).catch(() => undefined),
    },
  );
  corpus.merge(outcome, batch.removed);
  if (batch.sidecar) corpus.sidecarError = await corpus.sidecar.load();
  await ctx.relink(corpus);
  const touched = [...batch.changed, ...batch.removed];
  await ctx.cache.saveManifest(corpus.info.root, corpus.stamps).catch(() => undefined);
  if (touched.length > 0) ctx.store.save(corpus);
  else if (batch.sidecar) ctx.store.saveLinks(corpus);
  const { changed, removed } = batch;
  return { parsed: outcome.parsed, fromCache: outcome.fromCache, indexed: touched.length, changed, removed };
};
