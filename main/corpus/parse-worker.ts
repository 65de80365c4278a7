import { parentPort } from 'node:worker_threads';

import { parseLetterBytes } from './parse-bytes';
import type { ParseReply, ParseTask } from './worker-pool';

/**
 * Worker-thread entry: parses letters off the main thread. Bundled by electron-vite as its own
 * chunk (`import workerPath from './corpus/parse-worker?modulePath'` in main/index.ts) and run
 * directly from TypeScript under tsx/vitest (the pool adds `--import tsx`).
 */
parentPort?.on('message', (task: ParseTask) => {
  const reply: ParseReply = { id: task.id, ...parseLetterBytes(task.file, task.bytes, task.hash) };
  parentPort?.postMessage(reply);
});
