import type { CorpusProgress } from '../../app/ipc/contract';

/** At most one progress event per this many milliseconds, unless forced (a phase change). */
const PROGRESS_INTERVAL_MS = 50;

type Listener = (progress: CorpusProgress) => void;

/** The phases of a load under way: their events name the corpus being read. */
const LOADING: ReadonlySet<CorpusProgress['phase']> = new Set(['scanning', 'parsing', 'indexing']);

/** The corpus a load reads, as progress events name it (`CorpusProgress.corpus`). */
export type LoadingCorpus = NonNullable<CorpusProgress['corpus']>;

/**
 * The progress of the current load, and its listeners, throttled (see PROGRESS_INTERVAL_MS): a
 * report held back by the throttle is sent when the interval is over (unless a newer one went
 * first), so the listeners always end with the latest count, never a stale one while a long
 * file decodes. Every event of a load under way (scanning, parsing, indexing) names the corpus
 * given to `begin`.
 */
export class ProgressReporter {
  private progress: CorpusProgress = { phase: 'idle', done: 0, total: 0 };
  private corpus: LoadingCorpus | undefined;
  private lastEmit = 0;
  private pending: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners = new Set<Listener>();

  /** A copy of the latest progress. */
  current(): CorpusProgress {
    return { ...this.progress };
  }

  /** Names the corpus a new load reads: every progress from now on carries it. */
  begin(corpus: LoadingCorpus): void {
    this.corpus = corpus;
  }

  /** Records `progress`; tells the listeners when `force` or the last event is 50 ms old, else at the end of the interval. */
  set(progress: CorpusProgress, force = false): void {
    this.progress = this.corpus && LOADING.has(progress.phase) ? { ...progress, corpus: this.corpus } : progress;
    const wait = PROGRESS_INTERVAL_MS - (Date.now() - this.lastEmit);
    if (force || wait <= 0) return this.emit();
    this.pending ??= setTimeout(() => this.emit(), wait);
  }

  /** Adds a listener; returns its removal. */
  on(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  clear(): void {
    this.listeners.clear();
    this.cancelPending();
  }

  private emit(): void {
    this.cancelPending();
    this.lastEmit = Date.now();
    for (const l of this.listeners) l({ ...this.progress });
  }

  private cancelPending(): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = null;
  }
}
