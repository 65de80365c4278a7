/**
 * Export benchmark (`npm run bench:export`): a 400-passage briefing from the sample corpus
 * (bench/fixtures/large-briefing.ts). Times `briefingToDocx` (median of 7 after two warm-ups) against
 * Debian's pandoc writing the same content from Markdown (median of 3), and, once
 * bench/export-pdf.ts exists, runs its `runPdfBench(briefing, docxPath)` for the PDF rows, then the
 * status bar's page count on 500 passages (bench/export-page-count.ts, CPU time beside wall time).
 * Targets: .docx ≤ 0.5 s and at most half of pandoc's time. Then the whole-process rows
 * (bench/export-process.ts: the built command line against pandoc and LibreOffice as processes).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { numberNotes } from '../app/briefing/notes';
import { briefingToDocx } from '../app/export/docx/index';
import { briefingToMarkdown } from './fixtures/briefing-markdown';
import { largeBriefing, loadSampleLetters } from './fixtures/large-briefing';
import { seconds, timeRuns } from './fixtures/timing';

const DOCX_TARGET_SECONDS = 0.5;

function hasCommand(command: string): boolean {
  try {
    execFileSync('which', [command], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-export-'));
const buildStart = performance.now();
const briefing = largeBriefing(loadSampleLetters());
const buildSeconds = (performance.now() - buildStart) / 1000;
const passages = briefing.body.filter((block) => block.type === 'passage').length;
console.log(
  `Briefing: ${passages} passages, ${numberNotes(briefing).length} notes, ${briefing.annotations.length} comments (built in ${seconds(buildSeconds)})`,
);

// Warm-up: module initialisation and JIT (an app exports more than once per session).
for (let run = 0; run < 2; run++) await briefingToDocx(briefing);
let bytes: Uint8Array = new Uint8Array();
const docxSeconds = await timeRuns(7, async () => {
  bytes = await briefingToDocx(briefing);
});
const docxPath = join(dir, 'dossier.docx');
writeFileSync(docxPath, bytes);

let pandocSeconds: number | null = null;
if (hasCommand('pandoc')) {
  const markdownPath = join(dir, 'briefing.md');
  writeFileSync(markdownPath, briefingToMarkdown(briefing));
  pandocSeconds = await timeRuns(3, () =>
    execFileSync('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', join(dir, 'pandoc.docx'), markdownPath]),
  );
} else {
  console.log('pandoc is not installed: no baseline.');
}

const ratio = pandocSeconds === null ? null : docxSeconds / pandocSeconds;
const meets = docxSeconds <= DOCX_TARGET_SECONDS && (ratio === null || ratio <= 0.5);
console.table([
  {
    export: '.docx (docx)',
    time: seconds(docxSeconds),
    baseline: 'pandoc md→docx',
    'baseline time': seconds(pandocSeconds),
    ratio: ratio === null ? 'n/a' : ratio.toFixed(2),
    target: `≤ ${DOCX_TARGET_SECONDS} s and ≤ 0.5 × pandoc`,
    met: meets ? 'yes' : 'NO',
  },
]);
console.log(`.docx: ${(bytes.length / 1024).toFixed(0)} KiB`);

const pdfBench = new URL('./export-pdf.ts', import.meta.url);
if (existsSync(pdfBench)) {
  const module = (await import(pdfBench.href)) as { runPdfBench: (b: typeof briefing, path: string) => Promise<unknown> };
  await module.runPdfBench(briefing, docxPath);
} else {
  console.log('PDF: not available yet');
}
// The status bar's page count after each pause in typing, on a 500-passage briefing (bench/export-page-count.ts).
const { runPageCountBench } = await import('./export-page-count');
await runPageCountBench(largeBriefing(loadSampleLetters(), 500));
console.log('In process above; whole processes below.');
const { runProcessBench } = await import('./export-process');
await runProcessBench(briefing, dir, docxPath);
rmSync(dir, { recursive: true, force: true });
