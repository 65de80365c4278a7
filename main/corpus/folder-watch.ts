import { CorpusWatcher, type WatchBatch, type WatchFailure } from './corpus-watcher';
import { missedChanges } from './missed-changes';
import type { OpenCorpus } from './open-corpus';
import type { TaskQueue } from './task-queue';

/** What a folder watch asks of the corpus service; both run as queued tasks. */
export interface FolderWatchHandlers {
  /** Applies a batch of changes to the open corpus. */
  reload: (batch: WatchBatch) => Promise<void>;
  /** Records a watch failure (reported per folder, in Dutch). */
  failed: (failure: WatchFailure) => void;
}

/**
 * Watching one corpus folder from the start of its load: the watcher starts before the folder is
 * listed, its batches and failures queue behind the load (TaskQueue), and once it is ready the
 * changes it could not see (made before its first scan, see missedChanges) are queued as one
 * batch. So files added or removed while a large folder loads show up or go. Nothing queued runs
 * after `close`.
 */
export class FolderWatch {
  private readonly watcher: CorpusWatcher;
  private readonly since = Date.now();
  private closed = false;

  constructor(
    root: string,
    private readonly queue: TaskQueue,
    private readonly handlers: FolderWatchHandlers,
    debounceMs?: number,
  ) {
    this.watcher = new CorpusWatcher(
      root,
      (batch) => this.enqueue(() => handlers.reload(batch)),
      debounceMs,
      (failure) => this.enqueue(async () => handlers.failed(failure)),
    );
  }

  /**
   * Call when `corpus` (this folder's) is loaded: waits for the watcher's first scan, then queues
   * the changes made meanwhile. Resolves when the watcher is ready.
   */
  async loaded(corpus: OpenCorpus): Promise<void> {
    await this.watcher.ready();
    this.enqueue(async () => {
      const batch = await missedChanges(corpus, this.since);
      if (batch) await this.handlers.reload(batch);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.watcher.close();
  }

  private enqueue(task: () => Promise<void>): void {
    void this.queue
      .run(async () => {
        if (!this.closed) await task();
      })
      .catch(() => undefined);
  }
}
