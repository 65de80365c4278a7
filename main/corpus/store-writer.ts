import type { LetterCache } from './letter-cache';
import type { OpenCorpus } from './open-corpus';

/**
 * Writes the warm-start store (entries and index, see app/search/corpus-store.ts) in the
 * background, one write after another, after the corpus is ready: off the critical path.
 */
export class StoreWriter {
  private write: Promise<unknown> = Promise.resolve();

  constructor(private readonly cache: LetterCache) {}

  /** Queues a write of the corpus as it is now. Never rejects: failing costs only time next start. */
  save(corpus: OpenCorpus): void {
    const store = corpus.toStore();
    this.write = this.write.then(() => this.cache.saveStore(corpus.info.root, store)).catch(() => undefined);
  }

  /** Resolves when the writes queued so far are done. */
  idle(): Promise<unknown> {
    return this.write;
  }
}
