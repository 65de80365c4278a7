import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';

import type { PdfWidths } from '../../app/export/pdf';
import type { PdfFonts } from '../../app/export/pdf/fonts';
import { isDossierError } from '../../app/ipc/errors';
import { userCacheDir } from '../cli/compile-cache';
import { nodeDeflater } from './deflate';
import type { ExportReply, ExportTask } from './export-task';
import { loadPdfFonts } from './fonts';
import { loadPdfWidths, PDF_WIDTHS_FILE, savePdfWidths } from './pdf-widths';

/**
 * Worker-thread entry: runs the Word, PDF and OpenDocument exporters off the main thread, one task at a time,
 * and replies with the bytes, transferred rather than copied. Bundled by electron-vite as its own
 * entry (`export-worker.js` beside `index.js`, see electron.vite.config.ts) and run from
 * TypeScript under tsx/vitest. The fonts are read once per worker, and so are the PDF width tables
 * (main/export/pdf-widths.ts, in the user's cache folder as the command line keeps them), which
 * each PDF export then teaches and saves.
 */
let fonts: Promise<PdfFonts> | null = null;
let widths: Promise<PdfWidths> | null = null;
const widthsFile = (): string => join(userCacheDir(), PDF_WIDTHS_FILE);

async function run(task: ExportTask): Promise<Uint8Array> {
  if (task.format === 'docx') {
    const { briefingToDocx } = await import('../../app/export/docx/index');
    return briefingToDocx(task.briefing, { ...task.options, deflater: nodeDeflater });
  }
  if (task.format === 'odt') {
    const { briefingToOdt } = await import('../../app/export/odt/index');
    return briefingToOdt(task.briefing, task.options);
  }
  const { briefingToPdf } = await import('../../app/export/pdf/index');
  fonts ??= loadPdfFonts(task.assetsDir);
  const faces = await fonts;
  widths ??= loadPdfWidths(widthsFile(), faces);
  const tables = await widths;
  const bytes = await briefingToPdf(task.briefing, faces, { widths: tables });
  await savePdfWidths(widthsFile(), faces, tables);
  return bytes;
}

parentPort?.on('message', (task: ExportTask) => {
  void run(task).then(
    (result) => {
      // Transfer only a buffer the bytes own whole; otherwise copy them into one.
      const bytes = result.byteOffset === 0 && result.byteLength === result.buffer.byteLength ? result : result.slice();
      parentPort?.postMessage({ id: task.id, ok: true, bytes } satisfies ExportReply, [bytes.buffer as ArrayBuffer]);
    },
    (error: unknown) => {
      const reply: ExportReply = isDossierError(error)
        ? { id: task.id, ok: false, code: error.code, message: error.message }
        : { id: task.id, ok: false, message: error instanceof Error ? error.message : String(error) };
      parentPort?.postMessage(reply);
    },
  );
});
