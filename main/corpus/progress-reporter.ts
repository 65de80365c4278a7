import type { CorpusProgress } from '../../app/ipc/contract';

/** At most one progress event per this many milliseconds, unless forced (a phase change). */
const PROGRESS_INTERVAL_MS = 50;

type Listener = (progress: CorpusProgress) => void;

/** The progress of the current load, and its listeners, throttled (see PROGRESS_INTERVAL_MS). */
export class ProgressReporter {
  private progress: CorpusProgress = { phase: 'idle', done: 0, total: 0 };
  private lastEmit = 0;
  private readonly listeners = new Set<Listener>();

  /** A copy of the latest progress. */
  current(): CorpusProgress {
    return { ...this.progress };
  }

  /** Records `progress`; tells the listeners when `force` or the last event is 50 ms old. */
  set(progress: CorpusProgress, force = false): void {
    this.progress = progress;
    const now = Date.now();
    if (!force && now - this.lastEmit < PROGRESS_INTERVAL_MS) return;
    this.lastEmit = now;
    for (const l of this.listeners) l({ ...progress });
  }

  /** Adds a listener; returns its removal. */
  on(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  clear(): void {
    this.listeners.clear();
  }
}
