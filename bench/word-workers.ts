/**
 * Where a parse worker's CPU goes on Word letters, apart from the rest of a load:
 * `npx tsx bench/word-workers.ts <dir> [count]` generates `count` (2,000) bench letters
 * (corpus-docx.ts) into `<dir>` once (kept there), then reads, hashes, parses and indexes them in
 * batches of 200 as a load does (parse-batch.ts `runBatch`), and prints the CPU time per letter
 * and the wall time of each set-up: one worker, two workers (the app's pool on 2 cores), each with
 * V8's young generation at its default and at each size in WORD_YOUNG (MB, comma-separated); then
 * this thread, a first and a second pass (the difference is the JIT's warm-up; WORD_THREAD=0 skips
 * them). The worker entry is WORD_WORKER (a built file, e.g. electron-vite's
 * out/main/parse-worker.js) or else an esbuild bundle as bench/corpus.ts makes. WORD_ROUNDS (2)
 * repeats the worker set-ups; WORD_PROF=<folder> writes each worker's CPU profile there.
 * Run it under the heavy lock; the load average is printed beside each line.
 */
import { readdir, stat } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';

import { build } from 'esbuild';

import { DEFAULT_MAX_FILE_BYTES } from '../main/corpus/letter-file';
import { type BatchItem, type BatchReply, runBatch } from '../main/corpus/parse-batch';
import { generateWordCorpus } from './corpus-docx';

const dir = process.argv[2]!;
const count = Number(process.argv[3] ?? 2000);

const listFiles = async (root: string): Promise<BatchItem[]> => {
  const out: BatchItem[] = [];
  for (const sub of (await readdir(root)).sort())
    for (const name of (await readdir(join(root, sub))).sort()) out.push({ file: `${sub}/${name}`, path: join(root, sub, name) });
  return out;
};

const corpus = join(dir, `word-${count}`);
if (!(await stat(corpus).catch(() => null))) await generateWordCorpus(join(import.meta.dirname, '..', 'assets', 'corpus'), corpus, count);
const items = await listFiles(corpus);
const batches: BatchItem[][] = [];
for (let i = 0; i < items.length; i += 200) batches.push(items.slice(i, i + 200));

const bundle = async (): Promise<string> => {
  const outdir = join(dir, 'esbuild-worker');
  await build({
    entryPoints: { 'parse-worker': join(import.meta.dirname, '..', 'main', 'corpus', 'parse-worker.ts') },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    outdir,
    outExtension: { '.js': '.mjs' },
    logLevel: 'error',
  });
  return join(outdir, 'parse-worker.mjs');
};

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Runs every batch through `workers` workers on `entry`; returns the process's CPU ms (main waits) and wall ms. */
const inWorkers = async (entry: string, workers: number, young?: number): Promise<{ cpu: number; wall: number }> => {
  const cpu0 = cpuMs();
  const t0 = performance.now();
  let next = 0;
  const lane = async (): Promise<void> => {
    const prof = process.env.WORD_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.WORD_PROF}`] : [];
    const worker = new Worker(entry, { execArgv: prof, ...(young ? { resourceLimits: { maxYoungGenerationSizeMb: young } } : {}) });
    let id = 0;
    while (next < batches.length) {
      const batch = batches[next++]!;
      await new Promise<BatchReply>((resolve) => {
        worker.once('message', resolve);
        worker.postMessage({ id: ++id, kind: 'batch', items: batch, maxBytes: DEFAULT_MAX_FILE_BYTES, known: [] });
      });
    }
    await worker.terminate();
  };
  await Promise.all(Array.from({ length: workers }, lane));
  return { cpu: cpuMs() - cpu0, wall: performance.now() - t0 };
};

const inThread = async (): Promise<{ cpu: number; wall: number }> => {
  const cpu0 = cpuMs();
  const t0 = performance.now();
  let id = 0;
  for (const batch of batches) await runBatch({ id: ++id, kind: 'batch', items: batch, maxBytes: DEFAULT_MAX_FILE_BYTES, known: [] });
  return { cpu: cpuMs() - cpu0, wall: performance.now() - t0 };
};

const entry = process.env.WORD_WORKER ?? (await bundle());
const youngs = (process.env.WORD_YOUNG ?? '').split(',').filter(Boolean).map(Number);
const line = (name: string, r: { cpu: number; wall: number }): void => {
  process.stdout.write(
    `${name.padEnd(34)} CPU ${(r.cpu / items.length).toFixed(2)} ms a letter, wall ${(r.wall / 1000).toFixed(2)} s (load ${loadavg()[0]!.toFixed(1)})\n`,
  );
};
process.stdout.write(`${items.length} letters, ${cpus().length} cores, worker ${entry}\n`);
for (let round = 0; round < Number(process.env.WORD_ROUNDS ?? 2); round++) {
  line('1 worker, default young gen', await inWorkers(entry, 1));
  for (const y of youngs) line(`1 worker, young gen ${y} MB`, await inWorkers(entry, 1, y));
  line('2 workers, default young gen', await inWorkers(entry, 2));
  for (const y of youngs) line(`2 workers, young gen ${y} MB`, await inWorkers(entry, 2, y));
}
if (process.env.WORD_THREAD !== '0') {
  line('this thread, first pass', await inThread());
  line('this thread, second pass', await inThread());
}
