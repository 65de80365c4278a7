import { linkCorpus } from '../../app/corpus';
import type { CorpusError, Letter, LetterSummary } from '../../app/corpus/types';
import type { IndexSnapshot } from './index-snapshot';
import type { FileStamp } from './letter-cache';
import type { LoadOutcome } from './corpus-loader';
import { toSummary, yieldToLoop } from './letter-summary';
import { SearchIndex } from './search-index';
import type { SidecarStore } from './sidecar-store';

export interface CorpusInfo {
  name: string;
  /** Absolute folder the letter keys are relative to. */
  root: string;
  sample: boolean;
  /** A folder was opened (watched) rather than loose files. */
  folder: boolean;
}

/** How long indexing may hold the event loop before yielding (ms). */
const SLICE_MS = 12;

/**
 * The letters of the open corpus in their three stages: as parsed (`raw`, cached on disk), with
 * the sidecar applied and citations linked (`letters`, what callers see), and indexed for search.
 */
export class OpenCorpus {
  readonly raw = new Map<string, Letter>();
  letters = new Map<string, Letter>();
  readonly errors = new Map<string, CorpusError>();
  /** A problem with the folder's sidecar, listed with the file errors. */
  sidecarError: CorpusError | null = null;
  readonly stamps = new Map<string, FileStamp>();
  index = new SearchIndex();
  private summaries: LetterSummary[] | null = null;

  constructor(
    readonly info: CorpusInfo,
    readonly sidecar: SidecarStore,
  ) {}

  /** Takes in loaded files (replacing earlier versions) and forgets removed ones. */
  merge(outcome: LoadOutcome, removed: string[] = []): void {
    for (const file of removed) {
      this.raw.delete(file);
      this.errors.delete(file);
      this.stamps.delete(file);
    }
    for (const letter of outcome.letters) {
      this.raw.set(letter.file, letter);
      this.errors.delete(letter.file);
    }
    for (const error of outcome.errors) {
      this.raw.delete(error.file);
      this.errors.set(error.file, error);
    }
    for (const [file, stamp] of outcome.stamps) this.stamps.set(file, stamp);
  }

  /** Applies the sidecar and links citations across the whole corpus (targets and citedBy). */
  relink(): void {
    const files = [...this.raw.keys()].sort();
    const linked = linkCorpus(files.map((f) => this.sidecar.apply(this.raw.get(f)!)));
    this.letters = new Map(linked.map((l) => [l.file, l]));
    this.summaries = null;
  }

  /**
   * Builds the search index: from a stored snapshot when there is one (re-indexing only letters
   * added, changed or removed since), else from scratch. Returns how many letters were indexed.
   */
  async buildIndex(snapshot: IndexSnapshot | undefined, onProgress?: (done: number) => void): Promise<number> {
    if (!snapshot) {
      await this.reindex(this.letters.keys(), onProgress);
      return this.letters.size;
    }
    this.index = await SearchIndex.fromSnapshot(snapshot, this.letters);
    const stale = [...this.letters.values()].filter((l) => this.index.indexedHash(l.file) !== l.hash).map((l) => l.file);
    const gone = this.index.indexedFiles().filter((f) => !this.letters.has(f));
    await this.reindex([...stale, ...gone], onProgress);
    return stale.length + gone.length;
  }

  /** (Re)indexes the given files, yielding to the event loop between slices. */
  async reindex(files: Iterable<string>, onProgress?: (done: number) => void): Promise<void> {
    let done = 0;
    let sliceStart = Date.now();
    for (const file of files) {
      const letter = this.letters.get(file);
      if (letter) this.index.addLetter(letter);
      else this.index.removeLetter(file);
      done++;
      if (Date.now() - sliceStart > SLICE_MS) {
        onProgress?.(done);
        await yieldToLoop();
        sliceStart = Date.now();
      }
    }
  }

  summaryList(): LetterSummary[] {
    this.summaries ??= [...this.letters.values()].map(toSummary);
    return this.summaries;
  }

  errorList(): CorpusError[] {
    const all = [...this.errors.values(), ...(this.sidecarError ? [this.sidecarError] : [])];
    return all.sort((a, b) => a.file.localeCompare(b.file));
  }
}
