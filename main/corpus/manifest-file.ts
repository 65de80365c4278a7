import { readFile } from 'node:fs/promises';

import type { FileStamp } from './letter-cache';
import { writeParts } from './write-parts';

const FORMAT = 'dossier-manifest';
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * The stamps of a corpus manifest as read from disk (`{root, files: {<corpus key>: FileStamp}}`),
 * or undefined when it does not have that shape (a damaged or foreign file: never trusted). A
 * plain loop instead of a zod schema: at 10,000 files zod's copy of every stamp took 50–120 ms of
 * the warm start (with JSON.parse 80–160 ms; the loop and JSON.parse 35–70 ms, scratch timing, load 3–5).
 */
export const manifestStamps = (json: unknown): Map<string, FileStamp> | undefined => {
  const files = typeof json === 'object' && json !== null ? (json as { files?: unknown }).files : undefined;
  if (typeof files !== 'object' || files === null || Array.isArray(files)) return undefined;
  const stamps = new Map<string, FileStamp>();
  for (const [file, s] of Object.entries(files as Record<string, unknown>)) {
    const stamp = s as Partial<FileStamp> | null;
    if (typeof stamp !== 'object' || stamp === null || typeof stamp.size !== 'number' || typeof stamp.mtimeMs !== 'number')
      return undefined;
    if (typeof stamp.hash !== 'string') return undefined;
    stamps.set(file, stamp as FileStamp);
  }
  return stamps;
};

/** The manifest's form since issue 22, session 11: a JSON header line, then the stamps as bytes (writeManifest). */
const VERSION = 2;
/** Stamps taken into the map between two turns of the event loop (readManifest). */
const SLICE = 20_000;
/** Separates the keys (and the hashes) in their sections; corpus keys and hashes never contain it. */
const SEP = '\u0000';

interface ManifestHeader {
  format: typeof FORMAT;
  version: typeof VERSION;
  root: string;
  count: number;
  /** Byte lengths of the keys and the hashes sections (UTF-8, joined by SEP). */
  keys: number;
  hashes: number;
}

/**
 * Writes a manifest: a header line `{"format":"dossier-manifest","version":2,"root","count","keys",
 * "hashes"}`, then the corpus keys and the hashes (UTF-8, each joined by U+0000), then the sizes
 * and the modification times (float64, little-endian, `count` each). Read back in a few splits and
 * array views instead of parsing 100,000 JSON objects (the JSON Lines form: ~0.2 s of the warm
 * start at 100,000 letters). Replaces the file through a temp file (writeParts: a cache checked
 * when read). Throws the file-system error.
 */
export const writeManifest = async (path: string, root: string, stamps: Map<string, FileStamp>): Promise<void> => {
  const files = [...stamps.keys()];
  const keys = Buffer.from(files.join(SEP), 'utf8');
  await nextTurn();
  const hashes = Buffer.from([...stamps.values()].map((s) => s.hash).join(SEP), 'utf8');
  const sizes = new Float64Array(files.length);
  const times = new Float64Array(files.length);
  let i = 0;
  for (const s of stamps.values()) {
    sizes[i] = s.size;
    times[i++] = s.mtimeMs;
  }
  const header: ManifestHeader = {
    format: FORMAT,
    version: VERSION,
    root,
    count: files.length,
    keys: keys.byteLength,
    hashes: hashes.byteLength,
  };
  await writeParts(path, [`${JSON.stringify(header)}\n`, keys, hashes, new Uint8Array(sizes.buffer), new Uint8Array(times.buffer)]);
};

/** Stamps read from a manifest in an earlier form (isOldManifest). */
const oldForm = new WeakSet<Map<string, FileStamp>>();

/** Whether `stamps` were read from a manifest written in an earlier form (to be written again). */
export const isOldManifest = (stamps: Map<string, FileStamp>): boolean => oldForm.has(stamps);

/** The strings of a section (joined by SEP), or undefined when they are not `count`. */
const split = (bytes: Buffer, from: number, length: number, count: number): string[] | undefined => {
  const items = count === 0 ? [] : bytes.toString('utf8', from, from + length).split(SEP);
  return items.length === count ? items : undefined;
};

/** The stamps of a manifest in the current form (see writeManifest), or an empty map when it does not hold them. */
const readStamps = async (bytes: Buffer, eol: number, header: Partial<ManifestHeader>): Promise<Map<string, FileStamp>> => {
  const { count, keys: keysLength, hashes: hashesLength } = header;
  const none = new Map<string, FileStamp>();
  if (![count, keysLength, hashesLength].every((n) => Number.isSafeInteger(n) && n! >= 0)) return none;
  const at = eol + 1;
  const numbersAt = at + keysLength! + hashesLength!;
  if (numbersAt + count! * 16 !== bytes.byteLength) return none;
  const keys = split(bytes, at, keysLength!, count!);
  const hashes = split(bytes, at + keysLength!, hashesLength!, count!);
  if (!keys || !hashes) return none;
  // A copy: the file's bytes need not be 8-aligned for a Float64Array view.
  const numbers = new Float64Array(bytes.buffer.slice(bytes.byteOffset + numbersAt, bytes.byteOffset + bytes.byteLength));
  const stamps = new Map<string, FileStamp>();
  for (let i = 0; i < count!; i++) {
    const size = numbers[i]!;
    const mtimeMs = numbers[count! + i]!;
    // What no stat gives (a stamp written wrongly) is no stamp: the manifest is not trusted.
    if (!(size >= 0) || !Number.isFinite(mtimeMs) || hashes[i] === '') return none;
    stamps.set(keys[i]!, { size, mtimeMs, hash: hashes[i]! });
    if (i % SLICE === SLICE - 1) await nextTurn();
  }
  return stamps.size === count ? stamps : none;
};

/**
 * The stamps of the manifest at `path` (see writeManifest). A manifest in an earlier form is read
 * too and said to be old (isOldManifest): JSON Lines, a line at a time with a turn of the event loop
 * between, or one JSON object (see manifestStamps). Empty when the file is absent, not a manifest,
 * cut short (its counts or lengths disagree) or any stamp has not the shape (never trusted).
 */
export const readManifest = async (path: string): Promise<Map<string, FileStamp>> => {
  try {
    const bytes = await readFile(path);
    const eol = bytes.indexOf(10);
    const first = bytes.toString('utf8', 0, eol < 0 ? bytes.byteLength : eol);
    if (first.startsWith(`{"format":"${FORMAT}"`)) {
      const header = JSON.parse(first) as Partial<ManifestHeader>;
      if (header.version === VERSION) return await readStamps(bytes, eol, header);
      if (header.version !== undefined) return new Map();
      const old = await readLines(bytes.toString('utf8').split('\n'), header.count);
      oldForm.add(old);
      return old;
    }
    const old = manifestStamps(JSON.parse(bytes.toString('utf8'))) ?? new Map<string, FileStamp>();
    oldForm.add(old);
    return old;
  } catch {
    return new Map();
  }
};

/** The JSON Lines form (before version 2): a header, then `{"files": {…}}` with up to 5,000 stamps a line. */
const readLines = async (lines: string[], count: unknown): Promise<Map<string, FileStamp>> => {
  const stamps = new Map<string, FileStamp>();
  for (const line of lines.slice(1)) {
    if (line === '') continue;
    await nextTurn();
    const part = manifestStamps(JSON.parse(line));
    if (!part) return new Map();
    for (const [file, stamp] of part) stamps.set(file, stamp);
  }
  return stamps.size === count ? stamps : new Map();
};
