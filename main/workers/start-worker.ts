import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { WorkerOptions } from 'node:worker_threads';
import { Worker } from 'node:worker_threads';

/**
 * Starts a worker thread on `path` with `options`. A built `.js` entry starts as it is, with no
 * inherited Node flags (`execArgv: []` unless `options` says otherwise): a parent started as
 * `node --import tsx` (the benchmarks, the command line from the repository) would otherwise hand
 * tsx's loader to every worker, which then re-transforms the 4 MB bundled entry and keeps its
 * source maps: on 2,000 text letters that was 13.2 s of CPU and 1.2 GB peak instead of 5.3 s and
 * 0.46 GB (bench/corpus.ts measured it; Electron's own main process has no such flags). A `.ts`
 * entry (under tsx or vitest, from the repository) is loaded through tsx's ESM loader, registered
 * inside the worker, so that it does not depend on how the parent was started.
 *
 * For profiling only: with `BENCH_CPU_PROF=<folder>` in the environment (bench/corpus.ts passes it
 * on), each built worker starts with `--cpu-prof --cpu-prof-dir=<folder>` and writes a V8 CPU
 * profile (`.cpuprofile`, Chrome DevTools' format) there when it ends.
 */
export function startWorker(path: string, options: WorkerOptions = {}): Worker {
  if (!path.endsWith('.ts')) return new Worker(path, { execArgv: profileFlags(), ...options });
  // The ESM build of `tsx/esm/api` (its exports map's `import` target); require.resolve would pick the CJS one.
  const tsxDir = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsxApi = pathToFileURL(join(tsxDir, 'dist', 'esm', 'api', 'index.mjs')).href;
  const entry = pathToFileURL(path).href;
  const boot = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { ...options, eval: true });
}

/** The CPU-profile flags when BENCH_CPU_PROF names a folder (see startWorker), else none. */
const profileFlags = (): string[] => {
  const dir = process.env.BENCH_CPU_PROF;
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
};
