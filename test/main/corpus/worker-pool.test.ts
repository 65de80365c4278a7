import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { defaultWorkerPath, WorkerPool } from '../../../main/corpus/worker-pool';

describe('WorkerPool', () => {
  let dir: string;
  let pool: WorkerPool | undefined;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dossier-pool-'));
  });
  afterEach(async () => {
    await pool?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('parses with the real parser in a worker thread', async () => {
    pool = new WorkerPool(defaultWorkerPath(), 2, 10_000);
    const bytes = new TextEncoder().encode(' Geachte voorzitter,\nDit is een brief over Oekraïne.\n');
    const outcome = await pool.parse('brief.txt', bytes, 'abc');
    expect(outcome.ok && outcome.letter.blocks.some((b) => b.text.includes('Oekraïne'))).toBe(true);
    expect(outcome.ok && outcome.letter.file).toBe('brief.txt');
  });

  it('terminates a stuck worker after the time limit and carries on with a fresh one', async () => {
    // A worker that hangs on "stuck" and answers everything else: exercises timeout and replacement.
    const script = join(dir, 'worker.mjs');
    await writeFile(
      script,
      `import { parentPort } from 'node:worker_threads';
parentPort.on('message', (t) => {
  if (t.file === 'stuck.txt') for (;;) {}
  parentPort.postMessage({ id: t.id, ok: false, message: 'antwoord ' + t.file });
});`,
    );
    pool = new WorkerPool(script, 1, 300);
    const stuck = pool.parse('stuck.txt', new Uint8Array(1), 'h');
    const next = pool.parse('next.txt', new Uint8Array(1), 'h');
    expect(await stuck).toEqual({ ok: false, message: 'Verwerken duurde te lang (meer dan 0,3 s) en is afgebroken.' });
    expect(await next).toEqual({ ok: false, message: 'antwoord next.txt' });
  });
});
