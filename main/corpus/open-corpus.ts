import { linkSteps } from '../../app/corpus/link';
import type { CorpusError, Letter, LetterSummary } from '../../app/corpus/types';
import type { StoredCorpus } from '../../app/search/corpus-store';
import type { ShardData } from '../../app/search/index-shard';
import { type LetterEntry, skeletonOf, summaryOf } from '../../app/search/letter-entry';
import { SearchIndex } from '../../app/search/search-index';
import type { LoadOutcome } from './corpus-loader';
import type { FileStamp } from './letter-cache';
import type { SidecarStore } from './sidecar-store';

/** Letters taken in between two turns of the event loop while adopting the store (adoptStore). */
const ADOPT_SLICE = 20_000;
/** Work between two turns of the event loop while relinking (relinkInSlices), in ms. */
const SLICE_MS = 12;

export interface CorpusInfo {
  name: string;
  /** Absolute folder the letter keys are relative to. */
  root: string;
  sample: boolean;
  /** A folder was opened (watched) rather than loose files. */
  folder: boolean;
}

/**
 * The letters of the open corpus: their entries as parsed (`entries`; full letters stay in the
 * parse cache), the same with the sidecar applied and citations linked (`linked`: content-free
 * letters, see letter-entry.ts), and the search index.
 */
export class OpenCorpus {
  readonly entries = new Map<string, LetterEntry>();
  linked = new Map<string, Letter>();
  readonly errors = new Map<string, CorpusError>();
  /** A problem with the folder's sidecar, listed with the file errors. */
  sidecarError: CorpusError | null = null;
  readonly stamps = new Map<string, FileStamp>();
  readonly index = new SearchIndex();
  /** The library's list (summaryList), in the order of `linked`; null when it must be made anew. */
  private summaries: LetterSummary[] | null = [];
  /**
   * The entries of the store on disk, in its order (adopted or last saved): the links file is
   * written for them (StoreWriter.saveLinks) when the store itself is not written again.
   */
  storeEntries: LetterEntry[] | undefined;
  /** The id of that store (StoredCorpus.id), which its links file names. */
  storeId: string | undefined;
  /** Releases the adopted store's file (its shards read postings and texts from it). */
  private releaseStore: (() => void) | undefined;

  constructor(
    readonly info: CorpusInfo,
    readonly sidecar: SidecarStore,
  ) {}

  /**
   * Takes the stored index shards in, before `merge`: a stored letter stays live only when this
   * load kept its stored content (`outcome` has the same hash and no fresh shard for it). At a
   * warm start of 100,000 letters this is ~0.1 s of work: `breathe` gives the event loop a turn
   * between slices (the corpus is not served before it is adopted).
   */
  async adoptStore(
    store: StoredCorpus,
    outcome: Pick<LoadOutcome, 'entries' | 'shards'>,
    breathe: () => Promise<void> = () => Promise.resolve(),
  ): Promise<void> {
    const hashes = new Map<string, string>();
    for (let i = 0; i < outcome.entries.length; i++) {
      hashes.set(outcome.entries[i]!.file, outcome.entries[i]!.hash);
      if (i % ADOPT_SLICE === ADOPT_SLICE - 1) await breathe();
    }
    const fresh = new Set(outcome.shards.flatMap((s) => s.files));
    this.releaseStore = store.close;
    this.storeEntries = store.entries;
    this.storeId = store.id;
    let since = 0;
    for (const { data, dead } of store.shards) {
      data.files.forEach((file, i) => {
        if (fresh.has(file) || hashes.get(file) !== data.hashes[i]) dead[i] = 1;
      });
      this.index.addShard(data, dead);
      since += data.files.length;
      if (since >= ADOPT_SLICE / 2) {
        since = 0;
        await breathe();
      }
    }
  }

  /** Takes in loaded files (replacing earlier versions and their index) and forgets removed ones. */
  merge(outcome: LoadOutcome, removed: string[] = []): void {
    for (const file of removed) {
      this.entries.delete(file);
      this.errors.delete(file);
      this.stamps.delete(file);
      this.index.removeLetter(file);
    }
    for (const entry of outcome.entries) {
      this.entries.set(entry.file, entry);
      this.errors.delete(entry.file);
    }
    for (const error of outcome.errors) {
      this.entries.delete(error.file);
      this.index.removeLetter(error.file);
      this.errors.set(error.file, error);
    }
    for (const [file, stamp] of outcome.stamps) this.stamps.set(file, stamp);
    for (const shard of outcome.shards) this.index.addShard(shard);
    this.index.copyLetters(outcome.copies);
    this.index.compact();
  }

  /**
   * Takes in letters while a load runs (see LiveLetters): their entries, index shards and copies
   * become searchable and readable at once, with the sidecar applied but citations not yet linked
   * (a load ends with `merge` of the rest and `relink`), or as `stored` has them linked (the links
   * stored with the index at the last load, valid for these entries and this sidecar: then a load
   * that changed nothing needs no relink). Returns their summaries.
   */
  addLive(
    entries: LetterEntry[],
    shards: ShardData[],
    copies: Array<{ file: string; hash: string }>,
    stored?: Map<string, Letter>,
  ): LetterSummary[] {
    for (const shard of shards) this.index.addShard(shard);
    this.index.copyLetters(copies);
    let fresh = true;
    const added = entries.map((entry) => {
      const letter = stored?.get(entry.file) ?? this.sidecar.apply(skeletonOf(entry));
      this.entries.set(entry.file, entry);
      fresh &&= !this.linked.has(entry.file);
      this.linked.set(entry.file, letter);
      return summaryOf(letter, entry);
    });
    // The list grows with the new letters (in the order of `linked`) unless one replaced another.
    if (fresh && this.summaries) this.summaries.push(...added);
    else this.summaries = null;
    return added;
  }

  /** Indexed letters by content hash, for a load to recognise copies (LoadOptions.known). */
  byHash(): Map<string, LetterEntry> {
    return new Map([...this.entries.values()].map((e) => [e.hash, e]));
  }

  /**
   * Applies the sidecar and links citations across the whole corpus (targets and citedBy, see
   * linkCorpus), in slices of at most SLICE_MS of work with a turn of the event loop (`breathe`)
   * in between, so the main process keeps answering while a large corpus is linked (300–400 ms at
   * 10,000 letters in one piece). Searches meanwhile see the letters as linked before.
   */
  async relinkInSlices(breathe: () => Promise<void>): Promise<void> {
    await this.sidecar.ensureParsed();
    const files = [...this.entries.keys()].sort();
    const letters: Letter[] = [];
    let since = performance.now();
    const pause = async (): Promise<void> => {
      if (performance.now() - since < SLICE_MS) return;
      await breathe();
      since = performance.now();
    };
    for (const file of files) {
      letters.push(this.sidecar.apply(skeletonOf(this.entries.get(file)!)));
      if (letters.length % 64 === 0) await pause();
    }
    const steps = linkSteps(letters);
    let step = steps.next();
    while (!step.done) {
      await pause();
      step = steps.next();
    }
    // The library's list too, in slices: at 100,000 letters it is ~100 ms of work.
    const summaries: LetterSummary[] = [];
    for (const letter of step.value) {
      summaries.push(summaryOf(letter, this.entries.get(letter.file)!));
      if (summaries.length % 256 === 0) await pause();
    }
    this.linked = new Map(step.value.map((l) => [l.file, l]));
    this.summaries = summaries;
  }

  /** What the warm-start store keeps: every entry and the index shards. */
  toStore(): StoredCorpus {
    return { entries: [...this.entries.values()], shards: this.index.shardList() };
  }

  /**
   * Releases what the corpus holds open (the warm-start store's file); call when it is no longer
   * served and no store write of it is pending. Searches after it find less, they do not fail.
   */
  close(): void {
    this.releaseStore?.();
    this.releaseStore = undefined;
  }

  summaryList(): LetterSummary[] {
    this.summaries ??= [...this.linked.values()].map((s) => summaryOf(s, this.entries.get(s.file)!));
    return this.summaries;
  }

  errorList(): CorpusError[] {
    const all = [...this.errors.values(), ...(this.sidecarError ? [this.sidecarError] : [])];
    return all.sort((a, b) => a.file.localeCompare(b.file));
  }
}
