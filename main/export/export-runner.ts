import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';

import type { Briefing } from '../../app/briefing/model';
import type { DocxOptions } from '../../app/export/docx/index';
import type { OdtOptions } from '../../app/export/odt/index';
import { type ExportBound, exportTooLargeMessage } from '../../app/export/too-large';
import type { ErrorCode } from '../../app/ipc/error-codes';
import { DossierError } from '../../app/ipc/errors';
import { message } from '../../app/ipc/messages';
import { startWorker } from '../workers/start-worker';
import type { ExportReply, ExportTask } from './export-task';

export interface ExportRunnerOptions {
  /** Folder holding `fonts/` (see loadPdfFonts). */
  assetsDir: string;
  /** The worker entry; default `defaultExportWorkerPath()`. */
  workerPath?: string;
  /** Time bound of one export, in milliseconds, from the moment it is handed to the worker; 0 for none. Default 30 s. */
  timeoutMs?: number;
  /** Memory bound of the worker: V8's old-generation heap, in MB (Worker `resourceLimits`). Default 1024. */
  maxHeapMb?: number;
  /**
   * V8's young generation of the worker, in MB (`resourceLimits.maxYoungGenerationSizeMb`); default
   * V8's own. The command line passes EXPORT_YOUNG_GENERATION_MB. The app does not: a small young
   * generation means many more scavenges, and in the app's main process (a clean-clone CI run of the
   * export-runner test) the main thread's event loop was once held 264 ms while the worker exported.
   */
  youngGenerationMb?: number;
  /** An idle worker is ended after this many milliseconds. Default 30 s. */
  idleMs?: number;
}

/**
 * The worker entry beside this module: the .ts source under tsx/vitest (main/export/), the bundled
 * `export-worker.js` in the electron-vite build (out/main/, this module being bundled into
 * index.js there or into a chunk one folder below). Throws when neither is found.
 */
export function defaultExportWorkerPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'export-worker.ts'), join(here, 'export-worker.js'), join(here, '..', 'export-worker.js')];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`Exportworker niet gevonden (gezocht: ${candidates.join(', ')}).`);
  return found;
}

/**
 * V8's young generation of the command line's export worker, in MB (`resourceLimits.maxYoungGenerationSizeMb`;
 * a semi-space is a third of it). V8's own default on a 64-bit machine lets it grow far larger;
 * an export keeps most of what it makes (lines, then pages) until it is drawn, so a larger young
 * generation only copies the same survivors over more freshly touched memory (system time). The
 * PDF export of the 400-passage benchmark briefing as a command-line process, by this bound:
 * 64 MB 2.8 s CPU / 254 MB peak, 32 MB 2.6 s / 225 MB, 16 MB 2.5 s / 210 MB, 8 MB 2.5 s / 198 MB.
 */
export const EXPORT_YOUNG_GENERATION_MB = 16;

/** Starts the export worker with its heap bounded to `maxHeapMb` and its young generation to `youngMb` when given. */
const startExportWorker = (path: string, maxHeapMb: number, youngMb: number | undefined): Worker =>
  startWorker(path, {
    resourceLimits: { maxOldGenerationSizeMb: maxHeapMb, ...(youngMb !== undefined ? { maxYoungGenerationSizeMb: youngMb } : {}) },
  });

type Job = { task: ExportTask; resolve: (result: Uint8Array | number) => void; reject: (error: Error) => void };

/**
 * Runs the Word and PDF exporters in a worker thread, so that the main process (and with it the
 * app's window) stays responsive whatever the briefing holds. Exports run one at a time. Each has
 * a time bound (past it the worker is terminated) and the worker a memory bound (V8 ends it when
 * its heap would grow past it); either way the export rejects with a `DossierError` `too-large`
 * whose Dutch message names the bound and the largest part of the briefing
 * (`exportTooLargeMessage`). The next export starts a fresh worker. An exporter's own error
 * rejects as it would in-process (a DossierError keeps its code). A page count that a newer one
 * replaced before it started, and an export under way when the runner is closed, reject with a
 * DossierError `cancelled`: not a failure, and not logged as one.
 */
export class ExportRunner {
  private worker: Worker | null = null;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;
  /** The latest page count asked for; an older one still waiting is skipped. */
  private latestCount: { superseded: boolean } | null = null;
  /** Workers ended on purpose (close), whose exit is no failure. */
  private readonly ended = new WeakSet<Worker>();
  private readonly timeoutMs: number;
  private readonly maxHeapMb: number;
  private readonly idleMs: number;

  constructor(private readonly options: ExportRunnerOptions) {
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.maxHeapMb = options.maxHeapMb ?? 1024;
    this.idleMs = options.idleMs ?? 30_000;
  }

  /** The briefing as .docx bytes (`briefingToDocx`), made in the worker. Rejects as described above. */
  docx(briefing: Briefing, options: DocxOptions = {}): Promise<Uint8Array> {
    return this.enqueue({ id: this.nextId++, format: 'docx', briefing, options }) as Promise<Uint8Array>;
  }

  /** The briefing as PDF bytes (`briefingToPdf` with the bundled fonts), made in the worker. Rejects as described above. */
  pdf(briefing: Briefing): Promise<Uint8Array> {
    return this.enqueue({ id: this.nextId++, format: 'pdf', briefing, assetsDir: this.options.assetsDir }) as Promise<Uint8Array>;
  }

  /**
   * The number of pages the PDF export gives the briefing (`briefingPdfPageCount`: the exporter's
   * own layout and pagination, not drawn or written), made in the worker. When another count is
   * asked for before this one has started, this one rejects with a DossierError `cancelled`
   * (superseded) and is never run: while typing, only the latest briefing is counted.
   */
  pageCount(briefing: Briefing): Promise<number> {
    if (this.latestCount) this.latestCount.superseded = true;
    const ticket = { superseded: false };
    this.latestCount = ticket;
    const task: ExportTask = { id: this.nextId++, format: 'pdf-pages', briefing, assetsDir: this.options.assetsDir };
    return this.enqueue(task, () => ticket.superseded) as Promise<number>;
  }

  /** The briefing as OpenDocument text bytes (`briefingToOdt`), made in the worker. Rejects as described above. */
  odt(briefing: Briefing, options: OdtOptions = {}): Promise<Uint8Array> {
    return this.enqueue({ id: this.nextId++, format: 'odt', briefing, options }) as Promise<Uint8Array>;
  }

  /** Ends the worker (an export under way rejects). */
  async close(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const worker = this.worker;
    this.worker = null;
    if (worker) this.ended.add(worker);
    await worker?.terminate();
  }

  private enqueue(task: ExportTask, skip: () => boolean = () => false): Promise<Uint8Array | number> {
    const result = this.queue.then(() =>
      skip()
        ? Promise.reject(new DossierError('cancelled', message('export.superseded')))
        : new Promise<Uint8Array | number>((resolve, reject) => this.run({ task, resolve, reject })),
    );
    this.queue = result.catch(() => undefined);
    return result;
  }

  private run({ task, resolve, reject }: Job): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const worker = (this.worker ??= startExportWorker(
      this.options.workerPath ?? defaultExportWorkerPath(),
      this.maxHeapMb,
      this.options.youngGenerationMb,
    ));
    worker.ref();
    let settled = false;
    const finish = (outcome: () => void, keepWorker: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (!keepWorker) {
        if (this.worker === worker) this.worker = null;
        void worker.terminate();
      } else {
        worker.unref();
        this.idleTimer = setTimeout(() => void this.close(), this.idleMs).unref();
      }
      outcome();
    };
    const tooLarge = (bound: ExportBound) => () =>
      reject(new DossierError('too-large', exportTooLargeMessage(task.format === 'pdf-pages' ? 'pdf' : task.format, bound, task.briefing)));
    const timer =
      this.timeoutMs > 0 ? setTimeout(finish, this.timeoutMs, tooLarge({ kind: 'time', milliseconds: this.timeoutMs }), false) : undefined;
    const onMessage = (reply: ExportReply) => {
      if (reply.id !== task.id) return;
      if (reply.ok) finish(() => resolve('pages' in reply ? reply.pages : reply.bytes), true);
      else finish(() => reject(reply.code ? new DossierError(reply.code as ErrorCode, reply.message) : new Error(reply.message)), true);
    };
    const onError = (error: Error & { code?: string }) => {
      const memory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      finish(memory ? tooLarge({ kind: 'memory', megabytes: this.maxHeapMb }) : () => reject(error), false);
    };
    const onExit = (code: number) =>
      finish(
        () =>
          reject(
            this.ended.has(worker)
              ? new DossierError('cancelled', message('export.stopped'))
              : new Error(`De exportworker stopte onverwacht (code ${code}).`),
          ),
        false,
      );
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(task);
  }
}
