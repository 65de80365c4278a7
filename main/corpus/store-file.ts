import { close, read, readSync, unlinkSync } from 'node:fs';
import { promisify } from 'node:util';

import type { TailSections } from '../../app/search/corpus-store';
import type { DiskSection, ShardDisk } from '../../app/search/index-shard';

const readAsync = promisify(read);

/** Reads `length` bytes at file position `position` into bytes[at…]; a file that ends first is an error. */
export const readFully = async (fd: number, bytes: Uint8Array, at: number, length: number, position: number): Promise<void> => {
  for (let done = 0; done < length;) {
    const { bytesRead } = await readAsync(fd, bytes, at + done, length - done, position + done);
    if (bytesRead === 0) throw new Error('indexbestand is afgebroken');
    done += bytesRead;
  }
};

/** As readFully, synchronously. */
const readFullySync = (fd: number, bytes: Uint8Array, length: number, position: number): void => {
  for (let done = 0; done < length;) {
    const n = readSync(fd, bytes, done, length - done, position + done);
    if (n === 0) throw new Error('indexbestand is afgebroken');
    done += n;
  }
};

/** A reusable buffer of at least `bytes` bytes (grown by doubling), 8-aligned for typed-array views. */
class Scratch {
  private buf = new ArrayBuffer(64 * 1024);
  get(bytes: number): ArrayBuffer {
    if (this.buf.byteLength < bytes) this.buf = new ArrayBuffer(Math.max(bytes, this.buf.byteLength * 2));
    return this.buf;
  }
}

/**
 * The tail of an open warm-start store (postings and document texts, see app/search/corpus-store.ts),
 * left on disk and read by position when a search asks: a warm start reads only the head. Reads
 * are synchronous (a search is): a few per query term and shard, each a copy from the page cache
 * into buffers reused from one read to the next (reused memory costs no page faults, where fresh
 * memory for the whole tail cost most of a warm start). A file that turns out unreadable
 * (truncated or damaged after opening) is removed, so the next start builds the index anew instead
 * of trusting it; its reads then give nothing. Owns the file descriptor until `close`.
 */
export class StoreFile {
  private ok = true;
  private closed = false;
  private readonly docs = new Scratch();
  private readonly tfs = new Scratch();
  private readonly texts = new Scratch();

  /** `path` is the store file open as `fd`, removed when it turns out unreadable. */
  constructor(
    private readonly fd: number,
    private readonly path: string,
  ) {}

  /** The ShardDisk of one shard whose tail sections are at `sections` in the file. */
  shard(sections: TailSections): ShardDisk {
    return {
      postings: (from, to) => {
        const n = to - from;
        const doc = new Uint32Array(this.docs.get(n * 4), 0, n);
        const tf = new Uint16Array(this.tfs.get(n * 2), 0, n);
        const ok =
          this.read(new Uint8Array(doc.buffer, 0, n * 4), sections.postDoc[0] + from * 4) &&
          this.read(new Uint8Array(tf.buffer, 0, n * 2), sections.postTf[0] + from * 2);
        return ok ? { doc, tf } : { doc: doc.subarray(0, 0), tf: tf.subarray(0, 0) };
      },
      text: (from, to) => {
        const bytes = new Uint8Array(this.texts.get(to - from), 0, to - from);
        return this.read(bytes, sections.text[0] + from) ? bytes : bytes.subarray(0, 0);
      },
      section: (name: DiskSection) => {
        const [at, length] = sections[name];
        const bytes = new Uint8Array(length);
        if (!this.read(bytes, at)) throw new Error('indexbestand is onleesbaar');
        return bytes;
      },
    };
  }

  /** Closes the file; reads after it give nothing (the file is not blamed). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    close(this.fd, () => undefined);
  }

  private read(bytes: Uint8Array, position: number): boolean {
    if (!this.ok || this.closed) return false;
    try {
      readFullySync(this.fd, bytes, bytes.byteLength, position);
      return true;
    } catch {
      this.fail();
      return false;
    }
  }

  /** The store cannot be trusted: the file goes (the open descriptor still reads what it can). */
  private fail(): void {
    if (!this.ok) return;
    this.ok = false;
    try {
      unlinkSync(this.path); // at once: a store write queued next must not find it
    } catch {
      // already gone
    }
  }
}
