import { parentPort } from 'node:worker_threads';

import { batchTransfer, type BatchTask, runBatch } from './parse-batch';
import { parseLetterBytes } from './parse-bytes';
import type { ParseReply, ParseTask } from './worker-pool';

/**
 * Worker-thread entry: parses letters off the main thread. Bundled by electron-vite as its own
 * chunk (`import workerPath from './corpus/parse-worker?modulePath'` in main/index.ts) and run
 * directly from TypeScript under tsx/vitest (the pool registers tsx inside the worker).
 * Two messages: a single file (`ParseTask`, replied with the letter) and a batch (`BatchTask`,
 * replied with entries and an index shard whose buffers are transferred, not copied).
 */
parentPort?.on('message', (task: ParseTask | BatchTask) => {
  if ('kind' in task && task.kind === 'batch') {
    const reply = runBatch(task);
    parentPort?.postMessage(reply, batchTransfer(reply));
    return;
  }
  const t = task as ParseTask;
  const reply: ParseReply = { id: t.id, ...parseLetterBytes(t.file, t.bytes, t.hash) };
  parentPort?.postMessage(reply);
});
