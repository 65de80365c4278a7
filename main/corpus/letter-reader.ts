import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Letter } from '../../app/corpus/types';
import { DossierError } from '../../app/ipc/errors';
import { message } from '../../app/ipc/messages';
import { withLinks } from '../../app/search/letter-entry';
import type { LetterCache } from './letter-cache';
import { hashBytes } from './letter-file';
import type { OpenCorpus } from './open-corpus';
import { parseLetterBytes, parseLetterBytesAsync } from './parse-bytes';

/** Full letters kept in memory after they were read from the cache. */
const RECENT_LETTERS = 32;

/**
 * Full letters for the reader: a load keeps only entries and the index in memory, so a letter is
 * read from the parse cache when asked for, or else parsed from its file (and cached for next
 * time). The most recently read letters stay in memory, linked, until links or metadata change.
 */
export class LetterReader {
  /** Recently read full letters (linked), most recent last. */
  private recent = new Map<string, Letter>();
  /** Background writes of letters to the parse cache; awaited by `idle`. */
  private cacheWrite: Promise<unknown> = Promise.resolve();

  constructor(private readonly cache: LetterCache) {}

  /**
   * The full letter `file` of `corpus`, with the sidecar applied and citations linked. Throws a
   * DossierError `not-found` when the corpus has no such letter or its file changed or cannot be
   * read, and for a native PDF missing from the parse cache (pdf.js decodes asynchronously: use
   * `readAsync`).
   */
  read(corpus: OpenCorpus | null, file: string): Letter {
    const { entry, skeleton } = this.locate(corpus, file);
    const letter =
      this.recent.get(file) ?? withLinks(this.cache.getSync(entry.hash, file) ?? this.reparse(corpus!, file, entry.hash), skeleton);
    return this.keep(file, letter);
  }

  /**
   * `read` for every letter kind: a letter missing from the parse cache is parsed again from its
   * file, a native PDF included. Throws as `read`.
   */
  async readAsync(corpus: OpenCorpus | null, file: string): Promise<Letter> {
    const { entry, skeleton } = this.locate(corpus, file);
    const known = this.recent.get(file) ?? this.cache.getSync(entry.hash, file);
    if (known) return this.keep(file, this.recent.has(file) ? known : withLinks(known, skeleton));
    const bytes = this.fileBytes(corpus!, file);
    const parsed = hashBytes(bytes) === entry.hash ? await parseLetterBytesAsync(file, bytes, entry.hash) : null;
    if (!parsed?.ok) throw new DossierError('not-found', message('letter.changed-or-unreadable', { file }));
    this.remember(parsed.letter);
    return this.keep(file, withLinks(parsed.letter, skeleton));
  }

  private locate(corpus: OpenCorpus | null, file: string) {
    const skeleton = corpus?.linked.get(file);
    const entry = corpus?.entries.get(file);
    if (!corpus || !skeleton || !entry) throw new DossierError('not-found', message('letter.not-found', { file }));
    return { entry, skeleton };
  }

  /** Keeps `letter` as the most recently read one. */
  private keep(file: string, letter: Letter): Letter {
    this.recent.delete(file);
    this.recent.set(file, letter);
    if (this.recent.size > RECENT_LETTERS) this.recent.delete(this.recent.keys().next().value!);
    return letter;
  }

  /** Drops the letters kept in memory (their links or metadata changed). */
  forget(): void {
    this.recent.clear();
  }

  /** Resolves when the background cache writes are done. */
  idle(): Promise<unknown> {
    return this.cacheWrite;
  }

  /** A letter missing from the parse cache: parsed in-process from its file if unchanged, then cached. */
  private reparse(corpus: OpenCorpus, file: string, hash: string): Letter {
    const bytes = this.fileBytes(corpus, file);
    const parsed = hashBytes(bytes) === hash ? parseLetterBytes(file, bytes, hash) : null;
    if (!parsed) throw new DossierError('not-found', message('letter.changed-since-load', { file }));
    if (!parsed.ok) throw new DossierError('not-found', `${file}: ${parsed.message}`);
    this.remember(parsed.letter);
    return parsed.letter;
  }

  /** Writes a freshly parsed letter to the parse cache in the background. */
  private remember(letter: Letter): void {
    // The cache is an optimisation: failing to write it only costs a parse next time.
    this.cacheWrite = this.cacheWrite.then(() => this.cache.put(letter)).catch(() => undefined);
  }

  private fileBytes(corpus: OpenCorpus, file: string): Uint8Array {
    try {
      return new Uint8Array(readFileSync(join(corpus.info.root, ...file.split('/'))));
    } catch {
      throw new DossierError('not-found', message('letter.unreadable', { file }));
    }
  }
}
