import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

import writeFileAtomic from 'write-file-atomic';

import { parseBriefingFile } from '../../app/briefing/file-format';
import type { Briefing } from '../../app/briefing/model';
import { DossierError, isDossierError } from '../../app/ipc/errors';
import { nodeDeflater } from '../export/deflate';
import { ioReason } from '../io-errors';
import { translateArgsError } from './args-error';
import { cliLanguage, say } from './cli-messages';
import type { CliContext } from './context';
import { withSourcesReport } from './sources-appendix';

async function readBriefing(path: string): Promise<Briefing> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new DossierError('io', say('file-unreadable', { path, reason: ioReason(error, cliLanguage()) }));
  }
  const { briefing, notices } = parseBriefingFile(text);
  for (const notice of notices) process.stderr.write(`${notice}\n`);
  return briefing;
}

/**
 * The briefing as PDF bytes, made by the export worker (main/export/export-runner.ts: pdfkit, the
 * bundled fonts, the width tables in the user's cache folder, loaded there and only for a PDF).
 * No time bound, as before (Ctrl+C stops it); the heap bound is generous. Rejects with the
 * exporter's error (a DossierError keeps its code) or `too-large` past the heap bound.
 */
async function exportPdf(briefing: Briefing, assetsDir: string): Promise<Uint8Array> {
  const { ExportRunner, EXPORT_YOUNG_GENERATION_MB } = await import('../export/export-runner');
  const runner = new ExportRunner({ assetsDir, timeoutMs: 0, maxHeapMb: 4096, youngGenerationMb: EXPORT_YOUNG_GENERATION_MB });
  try {
    return await runner.pdf(briefing);
  } finally {
    await runner.close();
  }
}

/**
 * `dossier export <file.dossier> --docx <out.docx> --pdf <out.pdf> --odt <out.odt>` (one or
 * more): writes the exports with the app's exporters (app/export/docx, app/export/pdf,
 * app/export/odt: OpenDocument text), each file atomically. `--sources-appendix` appends the
 * Bronnenoverzicht to each (./sources-appendix.ts), its passages checked against `--corpus <folder>`
 * when given; `--corpus` alone is wrong usage, and so is an output whose extension is not its format's.
 * Exit 0 on success, 2 for usage errors, 1 when the briefing or an output is at fault.
 */
export async function run(argv: string[], context: CliContext): Promise<number> {
  let values: { docx?: string; pdf?: string; odt?: string; 'sources-appendix'?: boolean; corpus?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      options: {
        docx: { type: 'string' },
        pdf: { type: 'string' },
        odt: { type: 'string' },
        'sources-appendix': { type: 'boolean' },
        corpus: { type: 'string' },
      },
      strict: true,
      allowPositionals: true,
    }));
  } catch (error) {
    process.stderr.write(`${translateArgsError(error as Error)}\n${say('usage.export')}\n`);
    return 2;
  }
  if (positionals.length !== 1 || (!values.docx && !values.pdf && !values.odt) || (values.corpus && !values['sources-appendix'])) {
    const problem =
      positionals.length !== 1
        ? say('one-briefing')
        : values.corpus && !values['sources-appendix']
          ? say('export.corpus-alone')
          : say('export.no-output');
    process.stderr.write(`${problem}\n${say('usage.export')}\n`);
    return 2;
  }
  // An output named for another format (`--odt x.docx`) would open as a damaged file: refused.
  for (const format of ['docx', 'pdf', 'odt'] as const) {
    const path = values[format];
    if (path && !path.toLowerCase().endsWith(`.${format}`)) {
      process.stderr.write(`${say('export.wrong-extension', { arg: format, path })}\n${say('usage.export')}\n`);
      return 2;
    }
  }
  let writing: string | undefined;
  try {
    const read = await readBriefing(positionals[0]!);
    const briefing = values['sources-appendix'] ? await withSourcesReport(read, values.corpus) : read;
    // All exports are made before anything is written: a failing exporter leaves no half result.
    // The PDF is made in the export worker (the app's: its bounded young generation saves ≈ 0.4 s
    // of CPU, see EXPORT_YOUNG_GENERATION_MB), while the Word and OpenDocument files are made here.
    const pdf = values.pdf ? exportPdf(briefing, context.assetsDir) : null;
    pdf?.catch(() => undefined); // its failure is reported where it is awaited, not as unhandled meanwhile
    const outputs: Array<[string, Uint8Array]> = [];
    if (values.docx) {
      const { briefingToDocx } = await import('../../app/export/docx');
      outputs.push([values.docx, await briefingToDocx(briefing, { deflater: nodeDeflater })]);
    }
    if (values.pdf && pdf) outputs.push([values.pdf, await pdf]);
    if (values.odt) {
      const { briefingToOdt } = await import('../../app/export/odt');
      outputs.push([values.odt, briefingToOdt(briefing)]);
    }
    for (const [path, bytes] of outputs) {
      writing = path;
      await writeFileAtomic(path, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { fsync: true });
      process.stdout.write(`${say('written', { path, arg: bytes.byteLength })}\n`);
    }
    return 0;
  } catch (error) {
    if (isDossierError(error)) {
      process.stderr.write(`${error.toIpc(cliLanguage()).message}\n`);
      return 1;
    }
    if ((error as NodeJS.ErrnoException).code) {
      const reason = ioReason(error, cliLanguage());
      // The file being written is named (session 10 tester: with several outputs the message did not say which).
      const line =
        writing === undefined ? say('export.write-failed', { reason }) : say('export.file-write-failed', { path: writing, reason });
      process.stderr.write(`${line}\n`);
      return 1;
    }
    throw error;
  }
}
