import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const startWorkerUrl = pathToFileURL(join(import.meta.dirname, '..', '..', '..', 'main', 'workers', 'start-worker.ts')).href;

describe('startWorker', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'start-worker-'));
    // A built entry (plain JavaScript) that reports the flags its thread was started with.
    await writeFile(
      join(dir, 'entry.mjs'),
      "import { parentPort } from 'node:worker_threads';\nparentPort.postMessage(process.execArgv);\n",
    );
    await writeFile(
      join(dir, 'parent.mts'),
      [
        `import { startWorker } from ${JSON.stringify(startWorkerUrl)};`,
        `const worker = startWorker(${JSON.stringify(join(dir, 'entry.mjs'))});`,
        "worker.once('message', (argv) => { console.log(JSON.stringify({ parent: process.execArgv, worker: argv })); void worker.terminate(); });",
      ].join('\n'),
    );
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('starts a built entry without the flags of a parent run as `node --import tsx`', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', join(dir, 'parent.mts')], {
      cwd: join(import.meta.dirname, '..', '..', '..'),
    });
    const seen = JSON.parse(stdout.trim()) as { parent: string[]; worker: string[] };
    expect(seen.parent).toContain('tsx');
    expect(seen.worker).toEqual([]);
  }, 30_000);
});
