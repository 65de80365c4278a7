import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { type CorpusProgress, CorpusProgressSchema } from '../../../app/ipc/contract';
import { writeLetter } from '../../../bench/corpus-pdf';
import { WorkerPool } from '../../../main/corpus/worker-pool';
import { F004, SAMPLE_DIR, service, tempCorpus } from './helpers';

/** Issue 14, bad input: a long PDF loads with progress every 25 pages through the corpus progress path. */
describe('a long PDF in a corpus folder', () => {
  it('a 120-page report: progress events name it while its pages are decoded, and it loads whole', async () => {
    const tmp = await tempCorpus();
    try {
      const words = (await readFile(join(SAMPLE_DIR, F004), 'utf8')).split(/\s+/).filter((w) => /^[\p{L},.]{2,20}$/u.test(w));
      await writeLetter(join(tmp.corpus, 'rapport.pdf'), words, 120, 7);
      // A generous limit: under tsx the worker's first pages include compiling pdf.js (seconds).
      const svc = service(tmp.data, { parseTimeoutMs: 30_000 });
      const seen: CorpusProgress[] = [];
      svc.onProgress((p) => seen.push(p));
      const state = await svc.open([tmp.corpus]);
      expect(state.errors).toEqual([]);
      expect(state.letters.find((l) => l.file === 'rapport.pdf')).toMatchObject({ format: 'pdf', footnoteCount: 240 });
      // Pages 25, 50, 75 and 100 of 120 are reported as the file under way (forced, not throttled).
      expect(seen.filter((p) => p.phase === 'parsing' && p.file === 'rapport.pdf').length).toBeGreaterThanOrEqual(4);
      // Each page report says how far the file is ("pagina x van y"), and is a valid progress message.
      const paged = seen.filter((p) => p.page !== undefined);
      expect(paged.map((p) => [p.file, p.page, p.pages])).toEqual([25, 50, 75, 100].map((n) => ['rapport.pdf', n, 120]));
      for (const p of seen) expect(CorpusProgressSchema.safeParse(p).success).toBe(true);
      await svc.close();
    } finally {
      await tmp.cleanup();
    }
  }, 60_000);

  it('each page report starts the time limit again: a batch that keeps reporting may run past it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dossier-pages-'));
    // A stand-in worker: five page reports 250 ms apart, then the reply (1.25 s in all, the limit 0.6 s).
    const worker = join(dir, 'slow-pdf-worker.mjs');
    await writeFile(
      worker,
      `import { parentPort } from 'node:worker_threads';
       parentPort.on('message', (task) => {
         let done = 0;
         const tick = setInterval(() => {
           done += 25;
           if (done <= 125) parentPort.postMessage({ id: task.id, kind: 'pages', file: 'lang.pdf', done, total: 150 });
           else { clearInterval(tick); parentPort.postMessage({ id: task.id, kind: 'batch', results: [], shard: null }); }
         }, 250);
       });`,
    );
    const pool = new WorkerPool(worker, 1, 600);
    try {
      const pages: number[] = [];
      const reply = await pool.parseBatch([{ file: 'lang.pdf', path: join(dir, 'lang.pdf') }], 1000, [], (_file, done) => pages.push(done));
      expect(reply).toEqual({ id: 1, kind: 'batch', results: [], shard: null });
      expect(pages).toEqual([25, 50, 75, 100, 125]);
    } finally {
      await pool.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
