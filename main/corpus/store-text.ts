import { close, read, readSync, unlink } from 'node:fs';
import { promisify } from 'node:util';

import type { LazyText } from '../../app/search/index-shard';

const readAsync = promisify(read);
const closeAsync = promisify(close);

/** Reads `length` bytes at file position `position` into bytes[at…]; a file that ends first is an error. */
export const readFully = async (fd: number, bytes: Uint8Array, at: number, length: number, position: number): Promise<void> => {
  for (let done = 0; done < length;) {
    const { bytesRead } = await readAsync(fd, bytes, at + done, length - done, position + done);
    if (bytesRead === 0) throw new Error('indexbestand is afgebroken');
    done += bytesRead;
  }
};
/** Bytes per background read: large reads are fast, and each leaves the thread pool free in between. */
const CHUNK = 8 * 1024 * 1024;

/**
 * The document texts of a warm-start store, read in after the corpus is open: they are more than
 * half the store file, and no search needs them before it shows its first results. Until the
 * background read is done, `ensure` reads just the bytes asked for (a snippet, a phrase check)
 * synchronously at their position. Owns the file descriptor and closes it when done.
 */
export class StoreText {
  private done = false;
  private ok = true;
  readonly loaded: Promise<boolean>;

  /**
   * `text` receives the file's bytes from `position` on; `path` is the store file, removed when it
   * turns out unreadable so that the next start builds the index anew instead of trusting it.
   */
  constructor(
    private readonly fd: number,
    /** Where the texts go; shards' `text` arrays are views on it. */
    readonly text: Uint8Array,
    private readonly position: number,
    private readonly path: string,
  ) {
    this.loaded = this.fill();
  }

  /** The LazyText of one shard, whose text begins `offset` bytes into `text`. */
  forShard(offset: number): LazyText {
    return { ensure: (from, to) => this.ensure(offset + from, offset + to), loaded: this.loaded };
  }

  private ensure(from: number, to: number): void {
    if (this.done || !this.ok || to <= from) return;
    try {
      let at = from;
      while (at < to) {
        const n = readSync(this.fd, this.text, at, to - at, this.position + at);
        if (n === 0) throw new Error('indexbestand is afgebroken');
        at += n;
      }
    } catch {
      this.fail();
    }
  }

  private async fill(): Promise<boolean> {
    try {
      for (let at = 0; at < this.text.byteLength; at += CHUNK) {
        await readFully(this.fd, this.text, at, Math.min(CHUNK, this.text.byteLength - at), this.position + at);
      }
    } catch {
      this.fail();
    }
    this.done = true;
    await closeAsync(this.fd).catch(() => undefined);
    return this.ok;
  }

  /** The store cannot be trusted: texts stay as read so far (searches still rank), the file goes. */
  private fail(): void {
    if (!this.ok) return;
    this.ok = false;
    unlink(this.path, () => undefined);
  }
}
