import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { WorkerOptions } from 'node:worker_threads';
import { Worker } from 'node:worker_threads';

/**
 * Starts a worker thread on `path` with `options`. A built `.js` entry starts as it is; a `.ts`
 * entry (under tsx or vitest, from the repository) is loaded through tsx's ESM loader, registered
 * inside the worker, because worker threads do not honour `--import tsx` in execArgv.
 */
export function startWorker(path: string, options: WorkerOptions = {}): Worker {
  if (!path.endsWith('.ts')) return new Worker(path, options);
  // The ESM build of `tsx/esm/api` (its exports map's `import` target); require.resolve would pick the CJS one.
  const tsxDir = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsxApi = pathToFileURL(join(tsxDir, 'dist', 'esm', 'api', 'index.mjs')).href;
  const entry = pathToFileURL(path).href;
  const boot = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { ...options, eval: true });
}
