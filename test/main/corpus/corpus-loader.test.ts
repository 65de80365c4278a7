import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { toEntry } from '../../../app/search/letter-entry';
import { loadLetters } from '../../../main/corpus/corpus-loader';
import { hashBytes } from '../../../main/corpus/letter-file';
import { defaultWorkerPath, WorkerPool } from '../../../main/corpus/worker-pool';
import { letterOf } from '../../app/search/shard-fixtures';

describe('loadLetters', () => {
  let dir: string;
  let pool: WorkerPool | undefined;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dossier-loader-'));
  });
  afterEach(async () => {
    await pool?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('retries a batch that timed out letter by letter, so only the stuck file fails', async () => {
    // A worker that hangs on any batch holding "stuck.txt" and indexes nothing otherwise.
    const script = join(dir, 'worker.mjs');
    await writeFile(
      script,
      `import { parentPort } from 'node:worker_threads';
parentPort.on('message', (t) => {
  if (t.items.some((i) => i.file === 'stuck.txt')) for (;;) {}
  const results = t.items.map((i) => ({ ok: true, entry: { file: i.file, hash: 'h', blockCount: i.path.length }, stamp: { size: 1, mtimeMs: 1, hash: 'h' } }));
  parentPort.postMessage({ id: t.id, kind: 'batch', results, shard: null });
});`,
    );
    const files = ['a.txt', 'stuck.txt', 'z.txt'];
    for (const f of files) await writeFile(join(dir, f), `tekst van ${f}`);
    pool = new WorkerPool(script, 1, 300);
    const outcome = await loadLetters(
      files.map((file) => ({ file, path: join(dir, file) })),
      { pool, stamps: new Map(), stored: new Map(), maxBytes: 1000, batchSize: 3 },
    );
    expect(outcome.entries.map((e) => [e.file, e.blockCount])).toEqual([
      ['a.txt', join(dir, 'a.txt').length],
      ['z.txt', join(dir, 'z.txt').length],
    ]);
    expect(outcome.errors).toEqual([
      {
        file: 'stuck.txt',
        message: 'Verwerken duurde te lang (meer dan 0,3 s) en is afgebroken.',
        problem: expect.objectContaining({ key: 'problem.too-slow' }),
      },
    ]);
    expect(outcome).toMatchObject({ parsed: 2, fromCache: 0, indexed: 2 });
    expect([...outcome.stamps.keys()].sort()).toEqual(['a.txt', 'z.txt']);
  });

  it('takes a copy of an indexed letter over instead of parsing it (the worker reads and hashes it only)', async () => {
    await writeFile(join(dir, 'kopie.txt'), 'zelfde tekst');
    const hash = hashBytes(new TextEncoder().encode('zelfde tekst'));
    const entry = { ...toEntry(letterOf('bron.txt', ['zelfde tekst'], [], hash)), title: 'Bron' };
    pool = new WorkerPool(defaultWorkerPath(), 1, 10_000);
    const outcome = await loadLetters([{ file: 'kopie.txt', path: join(dir, 'kopie.txt') }], {
      pool,
      stamps: new Map(),
      stored: new Map(),
      known: new Map([[hash, entry]]),
      maxBytes: 1000,
    });
    expect(outcome.entries).toEqual([{ ...entry, file: 'kopie.txt' }]);
    expect(outcome.copies).toEqual([{ file: 'kopie.txt', hash }]);
    expect(outcome).toMatchObject({ parsed: 0, fromCache: 1, indexed: 1, shards: [] });
  });
});
