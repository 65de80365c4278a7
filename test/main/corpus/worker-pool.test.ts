import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { docsOf } from '../../../app/search/index-shard';
import { hashBytes } from '../../../main/corpus/letter-file';
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

  it('reads, hashes, parses and indexes files with the real parser in a worker thread', async () => {
    const text = ' Geachte voorzitter,\nDit is een brief over Oekraïne.\n';
    await writeFile(join(dir, 'brief.txt'), text);
    await writeFile(join(dir, 'kopie.txt'), 'bekende inhoud');
    await writeFile(join(dir, 'groot.txt'), 'x'.repeat(2000));
    pool = new WorkerPool(defaultWorkerPath(), 2, 10_000);
    const known = hashBytes(new TextEncoder().encode('bekende inhoud'));
    const locations = ['brief.txt', 'kopie.txt', 'groot.txt', 'weg.txt'].map((file) => ({ file, path: join(dir, file) }));
    const reply = await pool.parseBatch(locations, 1000, [known]);
    if ('failed' in reply) throw new Error(reply.failed);
    const hash = hashBytes(new TextEncoder().encode(text));
    expect(reply.results).toEqual([
      { ok: true, entry: expect.objectContaining({ file: 'brief.txt', hash }), stamp: expect.objectContaining({ size: 54, hash }) },
      { ok: 'known', stamp: expect.objectContaining({ size: 14, hash: known }) },
      {
        ok: false,
        message: 'Bestand is groter dan 0 MB en wordt overgeslagen.',
        problem: expect.objectContaining({ key: 'problem.too-large' }),
      },
      {
        ok: false,
        message: 'Bestand kon niet worden gelezen: het bestand of de map bestaat niet.',
        problem: expect.objectContaining({ key: 'problem.unreadable' }),
      },
    ]);
    // Only the parsed letter is in the index shard.
    expect(reply.shard?.files).toEqual(['brief.txt']);
    expect(docsOf(reply.shard!, 0).map((d) => d.text)).toContain('Dit is een brief over Oekraïne.');
  });

  it('terminates a stuck worker after the time limit and carries on with a fresh one', async () => {
    // A worker that hangs on "stuck" and answers everything else: exercises timeout and replacement.
    const script = join(dir, 'worker.mjs');
    await writeFile(
      script,
      `import { parentPort } from 'node:worker_threads';
parentPort.on('message', (t) => {
  if (t.items[0].file === 'stuck.txt') for (;;) {}
  parentPort.postMessage({ id: t.id, kind: 'batch', results: [{ ok: false, message: 'antwoord ' + t.items[0].file }], shard: null });
});`,
    );
    pool = new WorkerPool(script, 1, 300);
    const stuck = pool.parseBatch([{ file: 'stuck.txt', path: join(dir, 'stuck.txt') }], 1000);
    const next = pool.parseBatch([{ file: 'next.txt', path: join(dir, 'next.txt') }], 1000);
    expect(await stuck).toEqual({
      failed: 'Verwerken duurde te lang (meer dan 0,3 s) en is afgebroken.',
      problem: expect.objectContaining({ key: 'problem.too-slow' }),
    });
    expect(await next).toMatchObject({ results: [{ ok: false, message: 'antwoord next.txt' }] });
  });
});
