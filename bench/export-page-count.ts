/**
 * The status bar's page count (`briefingPageCount`), as main runs it: `ExportRunner.pageCount`, the
 * PDF exporter's layout and pagination in the export worker (main/export/export-runner.ts; the
 * built `out/main/export-worker.js` when it exists, else the TypeScript entry). It first checks
 * the count against the page dictionaries of the exported PDF. Before this count existed, each
 * pause ran the whole export (0.61 s wall, 0.81 s CPU for 146 pages, measured here). Called by
 * bench/export.ts with a 500-passage briefing; `tsx bench/export-page-count.ts` runs it alone.
 * One warm-up (worker start, fonts, JIT), then 5 counts, each timed in wall time and in the
 * process's CPU time (user + system, all threads: the worker's is the most of it). The question
 * it answers: what one pause in typing costs. Budget: ≤ 0.3 s CPU per count.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import type { Briefing } from '../app/briefing/model';
import { ExportRunner } from '../main/export/export-runner';
import { pdfPageCount } from '../main/export/pdf-page-count';
import { median, seconds } from './fixtures/timing';

const CPU_BUDGET_SECONDS = 0.3;
const RUNS = 5;

export async function runPageCountBench(briefing: Briefing): Promise<void> {
  const root = join(import.meta.dirname, '..');
  const built = join(root, 'out', 'main', 'export-worker.js');
  const runner = new ExportRunner({ assetsDir: join(root, 'assets'), workerPath: existsSync(built) ? built : undefined });
  try {
    // The exported PDF's own page count, and the count's: they must agree.
    const exported = pdfPageCount(await runner.pdf(briefing));
    const pages = await runner.pageCount(briefing);
    if (pages !== exported) throw new Error(`page count ${pages} ≠ ${exported} pages in the exported PDF`);
    const walls: number[] = [];
    const cpus: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const cpu = process.cpuUsage();
      const start = performance.now();
      await runner.pageCount(briefing);
      walls.push((performance.now() - start) / 1000);
      const used = process.cpuUsage(cpu);
      cpus.push((used.user + used.system) / 1e6);
    }
    const passages = briefing.body.filter((block) => block.type === 'passage').length;
    const cpu = median(cpus);
    console.table([
      {
        measure: `page count (${passages} passages, ${pages} pages, ${existsSync(built) ? 'built' : 'ts'} worker)`,
        'wall p50': seconds(median(walls)),
        'CPU p50 (user+sys)': seconds(cpu),
        'CPU max': seconds(Math.max(...cpus)),
        target: `CPU ≤ ${CPU_BUDGET_SECONDS} s per pause`,
        met: cpu <= CPU_BUDGET_SECONDS ? 'yes' : 'NO',
      },
    ]);
  } finally {
    await runner.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { largeBriefing, loadSampleLetters } = await import('./fixtures/large-briefing');
  await runPageCountBench(largeBriefing(loadSampleLetters(), 500));
}
