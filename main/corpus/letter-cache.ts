import { createHash } from 'node:crypto';
import { close, fstat, open as fsOpen } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

import writeFileAtomic from 'write-file-atomic';

import type { CorpusError, Letter } from '../../app/corpus/types';
import { decodeParts, encodeStore, parseHeader, readTrailer, type StoredCorpus, tailRange } from '../../app/search/corpus-store';
import type { LetterEntry } from '../../app/search/letter-entry';
import { cachedLetterOf, letterCachePath, readCachedLetter } from './cache-file';
import { encodeLinks, readLinks, type StoredLinks } from './links-file';
import { readManifest, writeManifest } from './manifest-file';
import type { SidecarMade } from './sidecar-store';
import { readFully, StoreFile } from './store-file';
import { writeParts } from './write-parts';

const openAsync = promisify(fsOpen);
const fstatAsync = promisify(fstat);
const closeAsync = promisify(close);
/** A turn for the event loop between the store's sections (see decodeParts). */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** `length` bytes at `position` of an open file, in a buffer of their own (so typed-array views align). */
const readRange = async (fd: number, position: number, length: number): Promise<Uint8Array> => {
  const bytes = new Uint8Array(length);
  await readFully(fd, bytes, 0, length, position);
  return bytes;
};

/** Bump when the parser's output changes shape or content, so old cache entries are ignored. */
export const CACHE_VERSION = 44; // 44: PDF text: a long note over the page joined (body width from the pages' upper halves, a note's rest by its own line width); native PDF: the body size from the pages' upper halves (a note longer than the body); 43: native PDF: a sans face's raised note reference joins its own line, not the one above; a one-page letter's page number under its notes is furniture; PDF and PDF text: a URL wrapped inside itself joined without a space; 42: PDF text: -layout labels below a note's first line put back before it; a body-size note over the page joined (or reported, pdf.note-continuation); numbered headings stated; a reference glued to a date's year; 41: a Kamerstuk label (Kamerstuk, Kamerstukken II, Kamerstuknummer) alone above its value, or before it after a colon, tab or line break, is a reference label in a paper without a salutation too; 40: PDF text of two-column letters: each column's labels-after-bodies foot read (poppler plain), body text between a foot's notes (pdf.js), a page number at a foot no note, references left after the last note reported, a reference glued to a year (`20277`) found; 39: PDF text: note bodies that the body text runs into (labels after the bodies) split off by the numbering and the notes' wider small type, a note body glued to a body line split off; 38: Word headings keep their level (Block.level 1–9), a styleId HeadingN without w:name is a heading; 37: PDF text: a numbered heading line (`2. Humanitaire hulp en wederopbouw`) after a sentence end, short of a full line and without end punctuation, is its own block (pdf.js text); 36: Word reference column laid out as a table (label | value, label above value), labels and values in paragraphs of their own, a text box anywhere, a tab or line break after a label; a case number after a tab is a citation by itself; 35: Aanhangsel masthead: the number alone is publication.number, the subject of the questions the title, the answers dated when received; 34: PDF text: a footer line glued under the last note of a page (`Pagina` / `3`) removed; 33: pdf.js text: blank lines that are its only page breaks are pages (no body line that recurs removed as furniture, notes paired per page, real page numbers); 32: bullet list items carry their bullet as Block.label (Word numbering in its symbol font, text bullets); 31: PDF text without form feeds (-nopgbrk) paged by the page numbers at the page feet and read as PDF text; 30: signatures: a ministry whose name holds commas (`Onderwijs, Cultuur en Wetenschap`), function and name in one paragraph with a line break; Vraag/Antwoord labels read in Word files with styles too; 29: PDF text: references set after a space before punctuation (`Oekraïne 1, zoals`), a year ending a sentence before a reference (`2025.2`), note labels written after their bodies put back in order, an empty note reported (pdf.note-empty); 28: native PDF notes set at the body size (raised label, separator gap, numbering), a body-size note running over the page joined; 27: Word ruby reads as its base text; 26: native PDF: notes per column and a second page of two columns by the document's gutter, a long note running on into the next column, a two-line heading kept whole; a place-and-date line is a paragraph, not a heading; 25: Word footnotes/endnotes keep their hyperlinks (Footnote.links, from footnotes.xml.rels/endnotes.xml.rels); 24: a Word comment over several paragraphs is on each of them; 23: Word headings only from styles when the file has any (no guessed headings or question/answer labels), a heading before the salutation stays a heading; 22: a table row deleted as a tracked change (w:trPr/w:del) is left out; 21: numbered list items carry their printed label (Block.label); 20: the own Kamerstuk of the reference column is a reference, not a citation; place-and-date lines and dd.mm.yyyy / dd/mm/yyyy dates; dateSource when the date is the file's creation date; 19: Word reader fidelity (issue 13, session 8): bounded list/note labels, numbered headings, chicago and eachSect note numbering, page breaks separate words, custom note marks, tracked changes in headers/footers, hidden text, field hyperlinks, deleted table rows; 18: Word tables: header rows (w:tblHeader) and merged cells (w:gridSpan/w:vMerge) in Block.headerRows/cells; 17: PDF text: a footer without a number beside the page number removed in -nopgbrk text, the width of short paragraphs; 16: table rows in -layout PDF text are lines of text, not headings; 15: PDF furniture only at the page edges and apart from the body, a warning when removed lines may be body text; 14: the store keeps postings and texts in a tail read on demand (DSX4); 13: labelled head lines of a paper without salutation are reference; 12: a title across two PDF columns no longer makes the page one column; 11: -nopgbrk text without footers paged; 10: PDF tables, -layout columns (issue 14); 9: warnings are keyed messages; 8: signatories with a title (mr. A.B. de Vries)

/** What saveLinks writes: the linked letters, and the sidecar they were made with (identity, problem). */
export interface LinksToSave {
  linked: Map<string, Letter>;
  sidecar: string;
  /** The sidecar's size and modification time behind `sidecar` (SidecarStore.stamp). */
  sidecarStamp: string;
  sidecarError: CorpusError | null;
}

/** What was known about a file when it was last read: a changed size or mtime means re-hash. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  hash: string;
}

export { manifestStamps } from './manifest-file';

/**
 * Parsed letters on disk, keyed on the sha-256 of the file's bytes (content-addressed, so a
 * renamed or copied file is not parsed again), plus a per-corpus manifest of file stamps so a warm
 * start only has to stat files, not hash them. Letters are stored as the parser returned them:
 * before the sidecar and linking, which depend on the rest of the corpus. Per corpus it also keeps
 * the warm-start store (entries and index shards, see corpus-store.ts).
 */
export class LetterCache {
  /** The versioned cache folder. */
  readonly dir: string;

  /** What `prefetch` started reading, taken by the next `manifest` and `loadStore` of that root. */
  private early: { root: string; manifest?: Promise<Map<string, FileStamp>>; store?: Promise<StoredCorpus | undefined> } | undefined;

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'corpus-cache', `v${CACHE_VERSION}`);
  }

  /**
   * Starts reading the manifest and the store head of `root` now (a warm start: while the folder
   * is being listed, so the store's ~160 MB head at 100,000 letters is read from disk meanwhile);
   * the next `manifest` and `loadStore` of `root` take them. A store read early and not taken
   * (no manifest: a cold start; another root) is closed.
   */
  prefetch(root: string): void {
    this.dropEarly();
    this.early = { root, manifest: this.manifest(root), store: this.loadStore(root) };
  }

  /** Closes a store read early and not taken. */
  dropEarly(): void {
    const store = this.early?.store;
    this.early = undefined;
    void store?.then((s) => s?.close?.());
  }

  private manifestPath(root: string): string {
    return join(this.dir, 'roots', `${createHash('sha1').update(root).digest('hex')}.json`);
  }

  private linksPath(root: string): string {
    return join(this.dir, 'stores', `${createHash('sha1').update(root).digest('hex')}.links`);
  }

  private storePath(root: string): string {
    return join(this.dir, 'stores', `${createHash('sha1').update(root).digest('hex')}.bin`);
  }

  /**
   * The stored entries and index of this corpus; undefined when absent or unreadable. Reads the
   * file's head (entries, term dictionaries, per-document arrays); the postings and texts stay in
   * the file, read by position when a search needs them (StoreFile, which keeps the file open
   * until the corpus is closed: `StoredCorpus.close`). The store is checked structurally (its
   * trailer, every section inside its part of the file, the arrays' lengths against the tail),
   * not against the corpus schemas: it is Dossier's own file, rewritten each load, and validating
   * every entry would sit on the warm start's path.
   */
  async loadStore(root: string): Promise<StoredCorpus | undefined> {
    const early = this.early?.root === root ? this.early.store : undefined;
    if (early) {
      this.early!.store = undefined;
      return early;
    }
    const path = this.storePath(root);
    let fd: number | undefined;
    try {
      fd = await openAsync(path, 'r');
      const { size } = await fstatAsync(fd);
      if (size < 16) return undefined;
      const { at, length } = readTrailer(await readRange(fd, size - 16, 16));
      if (at + length > size - 16) return undefined;
      const header = parseHeader(await readRange(fd, at, length));
      const tail = tailRange(header, at);
      const head = await readRange(fd, 0, tail[0]);
      const file = new StoreFile(fd, path);
      const store = await decodeParts(head, header, tail, nextTurn, (sections) => ({
        postDoc: new Uint32Array(0),
        postTf: new Uint16Array(0),
        text: new Uint8Array(0),
        disk: file.shard(sections),
      }));
      fd = undefined; // the StoreFile owns it now
      return { ...store, close: () => file.close() };
    } catch {
      return undefined;
    } finally {
      if (fd !== undefined) await closeAsync(fd).catch(() => undefined);
    }
  }

  /**
   * Writes the store (writeParts: temp file, then rename; not fsync'ed), buffer by buffer: nothing large is concatenated.
   * Shards from an earlier store are copied from that file section by section; when it cannot be
   * read, nothing is written (the next start builds the index anew) and the error is thrown.
   */
  async saveStore(root: string, store: StoredCorpus): Promise<void> {
    await mkdir(join(this.dir, 'stores'), { recursive: true });
    await writeParts(this.storePath(root), encodeStore(store));
  }

  /**
   * The links stored beside the store (links-file.ts) when they were made for `store` (its id and
   * entries, in its order) and the sidecar whose identity is `sidecar`; undefined otherwise.
   */
  loadLinks(
    root: string,
    store: StoredCorpus,
    sidecar: string | ((made: SidecarMade) => Promise<string>),
  ): Promise<StoredLinks | undefined> {
    return store.id ? readLinks(this.linksPath(root), store.id, store.entries, sidecar) : Promise.resolve(undefined);
  }

  /** Writes the links file for the store `id` with `entries` (writeParts: temp file, then rename; line by line). Throws the file-system error. */
  async saveLinks(root: string, id: string, entries: LetterEntry[], links: LinksToSave): Promise<void> {
    await mkdir(join(this.dir, 'stores'), { recursive: true });
    await writeParts(this.linksPath(root), encodeLinks(id, entries, links.linked, links.sidecar, links.sidecarError, links.sidecarStamp));
  }

  /** A cached letter for this content, re-keyed to `file`; undefined when absent or unreadable. */
  async get(hash: string, file: string): Promise<Letter | undefined> {
    const text = await readFile(letterCachePath(this.dir, hash), 'utf8').catch(() => undefined);
    return text === undefined ? undefined : cachedLetterOf(text, hash, file);
  }

  /** As `get`, synchronously (one small file), for `CorpusService.letter`. */
  getSync(hash: string, file: string): Letter | undefined {
    return readCachedLetter(this.dir, hash, file);
  }

  async put(letter: Letter): Promise<void> {
    const path = letterCachePath(this.dir, letter.hash);
    await mkdir(join(path, '..'), { recursive: true });
    await writeFileAtomic(path, JSON.stringify(letter));
  }

  /** The file stamps of the last load of `root`; empty when absent, damaged or not a manifest (readManifest). */
  manifest(root: string): Promise<Map<string, FileStamp>> {
    const early = this.early?.root === root ? this.early.manifest : undefined;
    if (early) {
      this.early!.manifest = undefined;
      return early;
    }
    return readManifest(this.manifestPath(root));
  }

  /** Writes the manifest of `root` (writeManifest: a header line, then the stamps as sections; temp file, then rename). Throws the file-system error. */
  async saveManifest(root: string, stamps: Map<string, FileStamp>): Promise<void> {
    await mkdir(join(this.dir, 'roots'), { recursive: true });
    await writeManifest(this.manifestPath(root), root, stamps);
  }
}
