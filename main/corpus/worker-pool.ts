import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';

import { type Message, message, renderMessage } from '../../app/ipc/messages';
import { startWorker } from '../workers/start-worker';
import type { BatchItem, BatchPages, BatchReply, BatchTask } from './parse-batch';

const CANCELLED = message('problem.load-cancelled');

/** A reply, or why there is none (time limit, crash, closing): a keyed problem. */
type Answer = { ok: true; reply: { id: number } } | { ok: false; problem: Message };

interface Pending {
  task: BatchTask;
  timeoutMs: number;
  resolve: (answer: Answer) => void;
  onPages?: (file: string, done: number, total: number) => void;
}

interface Slot {
  worker: Worker;
  current: Pending | null;
  timer: ReturnType<typeof setTimeout> | null;
}

/**
 * The default worker entry: the sibling parse-worker file. Under tsx/vitest that is the .ts
 * source; an Electron build passes the bundled path instead (see CorpusServiceOptions.workerPath).
 */
export const defaultWorkerPath = (): string => join(dirname(fileURLToPath(import.meta.url)), 'parse-worker.ts');

/**
 * A small pool of parse workers. Each task gets `timeoutMs`; a worker that exceeds it (or dies) is
 * terminated and replaced, and the task resolves with a Dutch error, so one bad file never stalls
 * the load.
 */
export class WorkerPool {
  private slots: Slot[] = [];
  private queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly workerPath: string,
    private readonly size: number,
    private readonly timeoutMs: number,
  ) {}

  /** How many workers run at most. */
  get workers(): number {
    return this.size;
  }

  /**
   * Reads, parses and indexes a batch of letter files in one worker (see BatchTask for `maxBytes`
   * and `known`). The batch gets the per-file time limit once plus a second per further letter; on
   * a timeout or crash it resolves with the message only, and the caller retries the letters one
   * by one. While a worker decodes a long PDF it reports every PDF_PROGRESS_PAGES pages
   * (`onPages(file, done, total)`), and each report starts the time limit again: a PDF of up to
   * MAX_PDF_PAGES pages is bounded by the limit per stretch of pages, not refused for its length.
   */
  async parseBatch(
    items: BatchItem[],
    maxBytes: number,
    known: string[] = [],
    onPages?: (file: string, done: number, total: number) => void,
  ): Promise<BatchReply | { failed: string; problem: Message }> {
    const task: BatchTask = { id: this.nextId++, kind: 'batch', items, maxBytes, known };
    const answer = await this.request(task, this.timeoutMs + (items.length - 1) * 1000, onPages);
    return answer.ok ? (answer.reply as BatchReply) : { failed: renderMessage(answer.problem, 'nl'), problem: answer.problem };
  }

  private request(task: BatchTask, timeoutMs: number, onPages?: Pending['onPages']): Promise<Answer> {
    if (this.closed) return Promise.resolve({ ok: false, problem: CANCELLED });
    return new Promise((resolve) => {
      this.queue.push({ task, timeoutMs, resolve, onPages });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.resolve({ ok: false, problem: CANCELLED });
    await Promise.all(this.slots.map((slot) => this.retire(slot, CANCELLED)));
    this.slots = [];
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.current === null);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      this.run(slot, this.queue.shift()!);
    }
  }

  private spawn(): Slot {
    const slot: Slot = { worker: startWorker(this.workerPath), current: null, timer: null };
    slot.worker.on('message', (reply: { id: number } | BatchPages) => {
      const pending = slot.current;
      if (!pending || pending.task.id !== reply.id) return;
      if ('kind' in reply && reply.kind === 'pages') {
        this.arm(slot, pending);
        pending.onPages?.(reply.file, reply.done, reply.total);
      } else this.finish(slot, { ok: true, reply });
    });
    slot.worker.on('error', (error) => {
      void this.retire(slot, message('problem.unprocessable', { reason: error.message }));
    });
    slot.worker.on('exit', () => {
      void this.retire(slot, message('problem.worker-stopped'));
    });
    slot.worker.unref();
    this.slots.push(slot);
    return slot;
  }

  private run(slot: Slot, pending: Pending): void {
    slot.current = pending;
    slot.worker.ref();
    this.arm(slot, pending);
    slot.worker.postMessage(pending.task);
  }

  /** (Re)starts the task's time limit. */
  private arm(slot: Slot, pending: Pending): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = setTimeout(() => {
      const s = this.timeoutMs / 1000;
      void this.retire(slot, message('problem.too-slow', { seconds: Number.isInteger(s) ? String(s) : s.toFixed(1) }));
    }, pending.timeoutMs);
  }

  private finish(slot: Slot, outcome: Answer): void {
    const pending = slot.current;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.current = null;
    slot.worker.unref();
    pending?.resolve(outcome);
    this.pump();
  }

  /** Ends a worker (stuck, crashed or closing) and fails its task; later tasks get a fresh worker. */
  private async retire(slot: Slot, problem: Message): Promise<void> {
    if (!this.slots.includes(slot)) return;
    this.slots = this.slots.filter((s) => s !== slot);
    const pending = slot.current;
    if (slot.timer) clearTimeout(slot.timer);
    slot.current = null;
    pending?.resolve({ ok: false, problem });
    await slot.worker.terminate();
    if (!this.closed) this.pump();
  }
}
