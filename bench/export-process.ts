/**
 * Whole-process export timings (called by bench/export.ts): each export as a fresh process, as
 * a user or a script runs it, against the baselines run the same way in the same run:
 * `node out/main/cli.js export <briefing> --docx` against pandoc (Markdown → .docx), and
 * `… --pdf` against LibreOffice (.docx → PDF, warm profile). The command line runs from the
 * prebuilt JavaScript (`npx electron-vite build` makes out/main/cli.js), not through tsx.
 * Targets: .docx ≤ ½ of pandoc's time, PDF ≤ ¼ of LibreOffice's. Medians of 3.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { serializeBriefing } from '../app/briefing/file-format';
import type { Briefing } from '../app/briefing/model';
import { briefingToMarkdown } from './fixtures/briefing-markdown';
import { seconds, timeRuns } from './fixtures/timing';

const CLI = join(import.meta.dirname, '..', 'out', 'main', 'cli.js');

function has(command: string): boolean {
  try {
    execFileSync('which', [command], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Seconds of one whole process (median of 3 after a warm-up run), or null when `command` is missing. */
async function processSeconds(command: string, args: string[]): Promise<number | null> {
  if (!has(command)) return null;
  const once = () => execFileSync(command, args, { stdio: 'ignore', timeout: 600_000 });
  once();
  return timeRuns(3, once);
}

/** Runs the whole-process rows for `briefing` in `dir` (docxPath: the Word export LibreOffice converts) and prints them. */
export async function runProcessBench(briefing: Briefing, dir: string, docxPath: string): Promise<void> {
  if (!existsSync(CLI)) {
    console.log('Whole-process timings: out/main/cli.js is missing; build it first (npx electron-vite build).');
    return;
  }
  const source = join(dir, 'bench.dossier');
  writeFileSync(source, serializeBriefing(briefing));
  const markdown = join(dir, 'bench.md');
  writeFileSync(markdown, briefingToMarkdown(briefing));
  const node = process.execPath;
  // Start-up: the command without arguments prints its usage and exits.
  const startup = await timeRuns(3, () => {
    try {
      execFileSync(node, [CLI, 'export'], { stdio: 'ignore' });
    } catch {
      // exit code 2 (usage) is expected
    }
  });
  const docx = await processSeconds(node, [CLI, 'export', source, '--docx', join(dir, 'process.docx')]);
  const pandoc = await processSeconds('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', join(dir, 'pandoc-process.docx'), markdown]);
  const pdf = await processSeconds(node, [CLI, 'export', source, '--pdf', join(dir, 'process.pdf')]);
  const profile = pathToFileURL(join(dir, 'lo-process-profile')).href;
  const soffice = has('soffice') ? 'soffice' : 'libreoffice';
  const libreOffice = await processSeconds(soffice, [
    `-env:UserInstallation=${profile}`,
    '--headless',
    '--convert-to',
    'pdf',
    '--outdir',
    join(dir, 'lo-process'),
    docxPath,
  ]);
  const row = (name: string, time: number | null, baseline: string, base: number | null, limit: number) => {
    const ratio = time !== null && base !== null ? time / base : null;
    return {
      export: name,
      time: seconds(time),
      baseline,
      'baseline time': seconds(base),
      ratio: ratio?.toFixed(2) ?? 'n/a',
      target: `≤ ${limit} × baseline`,
      met: ratio === null ? 'n/a' : ratio <= limit ? 'yes' : 'NO',
    };
  };
  console.log(`Whole processes (node ${CLI.split('/').slice(-3).join('/')}; start-up alone ${seconds(startup)}):`);
  console.table([
    row('.docx (CLI process)', docx, 'pandoc process', pandoc, 0.5),
    row('PDF (CLI process)', pdf, 'LibreOffice process', libreOffice, 0.25),
  ]);
}
