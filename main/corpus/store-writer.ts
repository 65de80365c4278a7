import { randomUUID } from 'node:crypto';

import type { LetterCache, LinksToSave } from './letter-cache';
import type { OpenCorpus } from './open-corpus';

/**
 * Writes the warm-start store (entries and index, see app/search/corpus-store.ts) in the
 * background, one write after another, after the corpus is ready: off the critical path.
 */
export class StoreWriter {
  private write: Promise<unknown> = Promise.resolve();

  constructor(private readonly cache: LetterCache) {}

  /**
   * Queues a write of the corpus as it is now: the store, then the links beside it (see
   * saveLinks). Never rejects: failing costs only time next start.
   */
  save(corpus: OpenCorpus): void {
    const store = { ...corpus.toStore(), id: randomUUID() };
    const links = linksOf(corpus);
    corpus.storeEntries = store.entries;
    corpus.storeId = store.id;
    this.write = this.write
      .then(async () => {
        await this.cache.saveStore(corpus.info.root, store);
        await this.cache.saveLinks(corpus.info.root, store.id, store.entries, links);
      })
      .catch(() => undefined);
  }

  /**
   * Queues a write of the corpus's links alone (the sidecar changed, the letters did not): the
   * linked letters for the store's entries, in the store's order (OpenCorpus.storeEntries).
   */
  saveLinks(corpus: OpenCorpus): void {
    const entries = corpus.storeEntries;
    const id = corpus.storeId;
    if (!entries || !id) return; // no store on disk to keep them beside
    const links = linksOf(corpus);
    this.write = this.write.then(() => this.cache.saveLinks(corpus.info.root, id, entries, links)).catch(() => undefined);
  }

  /** Resolves when the writes queued so far are done. */
  idle(): Promise<unknown> {
    return this.write;
  }
}

/** What the links file keeps of a corpus now (its `linked` map is replaced, never changed, by a relink). */
const linksOf = (corpus: OpenCorpus): LinksToSave => ({
  linked: corpus.linked,
  sidecar: corpus.sidecar.identity,
  sidecarStamp: corpus.sidecar.stamp,
  sidecarError: corpus.sidecarError,
});
