/** Resolves with a UTF-8 Blob of the parts, concatenated. */
export type TextBlob = (parts: string[]) => Promise<Blob>;

/** On the calling thread: where no Worker exists (tests in Node) or it failed. */
const here: TextBlob = (parts) => Promise.resolve(new Blob(parts));

/**
 * A TextBlob that encodes in a Web Worker (./text-blob-worker.ts): the page's thread only copies
 * the strings to it (a flat copy, no encoding). The worker is made on first use; where none can be
 * made, or it fails, the parts are encoded on the calling thread (no call is lost).
 */
export function textBlobInWorker(): TextBlob {
  if (typeof Worker === 'undefined') return here;
  let worker: Worker | null = null;
  let failed = false;
  let nextId = 0;
  const waiting = new Map<number, { parts: string[]; resolve: (blob: Blob) => void }>();
  const start = (): Worker => {
    const made = new Worker(new URL('./text-blob-worker.ts', import.meta.url), { type: 'module' });
    made.onmessage = ({ data }: MessageEvent<{ id: number; blob: Blob }>) => {
      waiting.get(data.id)?.resolve(data.blob);
      waiting.delete(data.id);
    };
    made.onerror = () => {
      failed = true;
      made.terminate();
      for (const { parts, resolve } of waiting.values()) resolve(new Blob(parts));
      waiting.clear();
    };
    return made;
  };
  return (parts) => {
    if (failed) return here(parts);
    try {
      worker ??= start();
    } catch {
      failed = true;
      return here(parts);
    }
    const id = ++nextId;
    const used = worker;
    return new Promise((resolve) => {
      waiting.set(id, { parts, resolve });
      used.postMessage({ id, parts });
    });
  };
}
