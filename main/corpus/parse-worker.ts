import { parentPort } from 'node:worker_threads';

import { type BatchTask, batchTransfer, runBatch } from './parse-batch';

/**
 * Worker-thread entry: reads, parses and indexes letters off the main thread. Bundled by
 * electron-vite as its own chunk (`import workerPath from './corpus/parse-worker?modulePath'` in
 * main/index.ts) and run directly from TypeScript under tsx/vitest (the pool registers tsx inside
 * the worker). One message, a batch, replied with entries and an index shard whose buffers are
 * transferred, not copied.
 */
parentPort?.on('message', (task: BatchTask) => {
  void runBatch(task, (pages) => parentPort?.postMessage(pages)).then((reply) => parentPort?.postMessage(reply, batchTransfer(reply)));
});
