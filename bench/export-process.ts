/**
 * Whole-process export timings (called by bench/export.ts): each export as a fresh process, as
 * a user or a script runs it, against the baselines run the same way in the same run:
 * `node out/main/cli.js export <briefing> --docx` against pandoc (Markdown → .docx), and
 * `… --pdf` against LibreOffice (.docx → PDF, warm profile). The command line runs from the
 * prebuilt JavaScript (`npx electron-vite build` makes out/main/cli.js), not through tsx.
 * Targets: .docx ≤ ½ of pandoc's time, PDF ≤ ¼ of LibreOffice's. Each process runs once to warm
 * caches, then `BENCH_PROCESS_RUNS` times (default 3), our export and its baseline interleaved so
 * load from others hits both alike; printed: median and best wall time, median CPU time of the
 * process and its children (user + sys, from /proc/self/stat's cutime/cstime on Linux), the
 * ratio of the medians and of the bests, and the load average before and after.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { serializeBriefing } from '../app/briefing/file-format';
import type { Briefing } from '../app/briefing/model';
import { briefingToMarkdown } from './fixtures/briefing-markdown';
import { median, seconds, timeRuns } from './fixtures/timing';

const CLI = join(import.meta.dirname, '..', 'out', 'main', 'cli.js');

function has(command: string): boolean {
  try {
    execFileSync('which', [command], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** CPU seconds (user + sys) of this process's waited-for children so far (Linux /proc; null elsewhere). */
function childrenCpu(): number | null {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    // After the command name: state is field 3, so cutime (16) and cstime (17) are at 13 and 14. Clock ticks of 1/100 s.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

interface ProcessTimes {
  wall: number;
  best: number;
  cpu: number | null;
}

/** One run of `command` with `args`: wall and CPU seconds (children's user + sys). */
function once(command: string, args: string[]): { wall: number; cpu: number | null } {
  const cpuBefore = childrenCpu();
  const start = performance.now();
  execFileSync(command, args, { stdio: 'ignore', timeout: 600_000 });
  const wall = (performance.now() - start) / 1000;
  const cpuAfter = childrenCpu();
  return { wall, cpu: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore };
}

/**
 * Each of `commands` (name → command and arguments; absent commands are null) run once as a
 * warm-up, then `runs` times interleaved: median and best wall time and median CPU time each.
 */
function interleaved(commands: Record<string, [string, string[]] | null>, runs: number): Record<string, ProcessTimes | null> {
  const samples = new Map<string, Array<{ wall: number; cpu: number | null }>>();
  const present = Object.entries(commands).filter((entry): entry is [string, [string, string[]]] => entry[1] !== null);
  for (const [, [command, args]] of present) once(command, args);
  for (let run = 0; run < runs; run++) {
    for (const [name, [command, args]] of present) samples.set(name, [...(samples.get(name) ?? []), once(command, args)]);
  }
  return Object.fromEntries(
    Object.keys(commands).map((name) => {
      const list = samples.get(name);
      if (!list) return [name, null];
      const cpus = list.map((sample) => sample.cpu);
      return [
        name,
        {
          wall: median(list.map((sample) => sample.wall)),
          best: Math.min(...list.map((sample) => sample.wall)),
          cpu: cpus.every((cpu) => cpu !== null) ? median(cpus as number[]) : null,
        },
      ];
    }),
  );
}

const load = (): string =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

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
  const profile = pathToFileURL(join(dir, 'lo-process-profile')).href;
  const soffice = has('soffice') ? 'soffice' : 'libreoffice';
  const loadBefore = load();
  const runs = Number(process.env.BENCH_PROCESS_RUNS ?? 3);
  const times = interleaved(
    {
      docx: [node, [CLI, 'export', source, '--docx', join(dir, 'process.docx')]],
      pandoc: has('pandoc') ? ['pandoc', ['-f', 'markdown', '-t', 'docx', '-o', join(dir, 'pandoc-process.docx'), markdown]] : null,
      pdf: [node, [CLI, 'export', source, '--pdf', join(dir, 'process.pdf')]],
      libreOffice: has(soffice)
        ? [
            soffice,
            [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'lo-process'), docxPath],
          ]
        : null,
    },
    runs,
  );
  const cpu = (value: number | null | undefined) => (value === null || value === undefined ? 'n/a' : `${value.toFixed(2)} s`);
  const row = (name: string, time: ProcessTimes | null, baseline: string, base: ProcessTimes | null, limit: number) => {
    const ratio = time && base ? time.wall / base.wall : null;
    const bestRatio = time && base ? time.best / base.best : null;
    return {
      export: name,
      'time (median)': seconds(time?.wall ?? null),
      best: seconds(time?.best ?? null),
      CPU: cpu(time?.cpu),
      baseline,
      'baseline time': seconds(base?.wall ?? null),
      'baseline best': seconds(base?.best ?? null),
      'baseline CPU': cpu(base?.cpu),
      ratio: ratio?.toFixed(2) ?? 'n/a',
      'ratio of bests': bestRatio?.toFixed(2) ?? 'n/a',
      target: `≤ ${limit} × baseline`,
      met: ratio === null ? 'n/a' : ratio <= limit ? 'yes' : 'NO',
    };
  };
  console.log(
    `Whole processes (node ${CLI.split('/').slice(-3).join('/')}; start-up alone ${seconds(startup)}; ${runs} interleaved runs after a warm-up; load average ${loadBefore} before, ${load()} after):`,
  );
  console.table([
    row('.docx (CLI process)', times.docx ?? null, 'pandoc process', times.pandoc ?? null, 0.5),
    row('PDF (CLI process)', times.pdf ?? null, 'LibreOffice process', times.libreOffice ?? null, 0.25),
  ]);
}

// `npx tsx bench/export-process.ts` runs the whole-process rows alone (build first: npx electron-vite build).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { largeBriefing, loadSampleLetters } = await import('./fixtures/large-briefing');
  const { briefingToDocx } = await import('../app/export/docx/index');
  const briefing = largeBriefing(loadSampleLetters());
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-process-'));
  const docxPath = join(dir, 'dossier.docx');
  writeFileSync(docxPath, await briefingToDocx(briefing));
  await runProcessBench(briefing, dir, docxPath);
  rmSync(dir, { recursive: true, force: true });
}
