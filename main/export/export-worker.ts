import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';

import type { PdfWidths } from '../../app/export/pdf';
import type { PdfFonts } from '../../app/export/pdf/fonts';
import { isDossierError } from '../../app/ipc/errors';
import { enableCompileCache, userCacheDir } from '../cli/compile-cache';
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
 * each PDF export then teaches and saves. The compile cache is on (as in the command line: the
 * main thread's does not reach a worker), so pdfkit, fontkit and the exporters are not compiled anew
 * by each process that starts the worker.
 */
enableCompileCache();
let fonts: Promise<PdfFonts> | null = null;
let widths: Promise<PdfWidths> | null = null;
const widthsFile = (): string => join(userCacheDir(), PDF_WIDTHS_FILE);

/** The bundled fonts and the width tables of this worker, loaded at its first PDF task. */
async function pdfResources(assetsDir: string): Promise<{ faces: PdfFonts; tables: PdfWidths }> {
  fonts ??= loadPdfFonts(assetsDir);
  const faces = await fonts;
  widths ??= loadPdfWidths(widthsFile(), faces);
  return { faces, tables: await widths };
}

async function run(task: ExportTask): Promise<Uint8Array | number> {
  if (task.format === 'pdf-pages') {
    // Laid out with the same fonts and widths as the export; the widths are saved by the next export.
    const { briefingPdfPageCount } = await import('../../app/export/pdf/index');
    const { faces, tables } = await pdfResources(task.assetsDir);
    return briefingPdfPageCount(task.briefing, faces, { widths: tables });
  }
  if (task.format === 'docx') {
    const { briefingToDocx } = await import('../../app/export/docx/index');
    return briefingToDocx(task.briefing, { ...task.options, deflater: nodeDeflater });
  }
  if (task.format === 'odt') {
    const { briefingToOdt } = await import('../../app/export/odt/index');
    return briefingToOdt(task.briefing, task.options);
  }
  const { briefingToPdf } = await import('../../app/export/pdf/index');
  const { faces, tables } = await pdfResources(task.assetsDir);
  const bytes = await briefingToPdf(task.briefing, faces, { widths: tables });
  await savePdfWidths(widthsFile(), faces, tables);
  return bytes;
}

parentPort?.on('message', (task: ExportTask) => {
  void run(task).then(
    (result) => {
      if (typeof result === 'number') {
        parentPort?.postMessage({ id: task.id, ok: true, pages: result } satisfies ExportReply);
        return;
      }
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
