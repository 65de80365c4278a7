/**
 * Corpus benchmark (`npm run bench:corpus`): 10,000 generated letters; cold ingest (empty cache),
 * warm start (cache present), search latency over 200 mixed queries, peak memory. The cold and
 * the warm start each run in a fresh process, as a user's first and next launch of the app do.
 * Targets (2 cores): cold ≤ 8 s, warm ≤ 1 s, search p95 ≤ 10 ms. `BENCH_LETTERS=10000,100000` (npm run
 * bench:archive, without the Word and PDF runs) runs the text run at each size and prints them side
 * by side, with issue 22's targets at 100,000: cold ≤ 30 s, warm ≤ 1.5 s, first search ≤ 50 ms,
 * peak RSS ≤ 1.5 GB, event-loop delay ≤ 50 ms.
 * Then the Word run (corpus-docx.ts): as many generated .docx letters, cold and warm, and the time
 * pandoc takes to turn 200 of them into plain text. Targets: cold ≤ 15 s, warm ≤ 1 s, search
 * unchanged. BENCH_WORD=0 skips it; BENCH_TEXT=0 skips the text run (the Word run alone, with
 * BENCH_PDF=0); BENCH_PANDOC=0 skips pandoc. BENCH_CPU_PROF=<folder> writes CPU profiles of each
 * start's threads there (see profileFlags).
 * Then the PDF run (corpus-pdf.ts): BENCH_PDF_LETTERS (1,000) generated PDF letters of 3 to 15
 * pages, cold ingest next to poppler's pdftotext on the same files, two at a time. Target: ≤ 2 ×
 * pdftotext's time. BENCH_PDF=0 skips it.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { build } from 'esbuild';

import { parseSidecar, serializeSidecar } from '../app/corpus';
import type { SearchRequest } from '../app/ipc/contract';
import { CorpusService } from '../main/corpus/corpus-service';
import { generateWordCorpus, timePandoc } from './corpus-docx';
import { generateCorpus, type GeneratedMeta, rng } from './corpus-letters';
import { generatePdfCorpus, timePdftotext } from './corpus-pdf';
import {
  LONG_TASK_MS,
  percentile,
  printSteps,
  printTable,
  type Row,
  type StartResult,
  type StepTiming,
  textRows,
  usableMs,
} from './corpus-table';

const execFileAsync = promisify(execFile);
/** Corpus sizes of the text run: `BENCH_LETTERS=10000,100000` runs both and prints them side by side. */
const COUNTS = (process.env.BENCH_LETTERS ?? '10000').split(',').map(Number);
const COUNT = COUNTS[0]!;
const sampleDir = join(import.meta.dirname, '..', 'assets', 'corpus');

const WORDS = [
  'Oekraïne',
  'kabinet',
  'munitie',
  'sancties',
  'veiligheidsgaranties',
  'Rusland',
  'NAVO',
  'luchtverdediging',
  'wederopbouw',
  'Kamerstuk',
];
const PREFIXES = ['oekr', 'veilig', 'milit', 'sanct', 'wederop', 'onderhandel'];
const FOLDED = ['Yesilgoz', 'Oekraine', 'geinformeerd', 'beeindigen', 'YEŞILGÖZ'];
const PHRASES = ['"vrede in Oekraïne"', '"Coalition of the Willing"', '"uw Kamer"', '"de Russische agressieoorlog"'];

/** 200 queries: plain words, prefixes, diacritics-folded words, phrases, and each with filters. */
const queries = (): SearchRequest[] => {
  const r = rng(42);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)]!;
  return Array.from({ length: 200 }, (_, i): SearchRequest => {
    const query = [pick(WORDS), pick(PREFIXES), pick(FOLDED), pick(PHRASES), `${pick(WORDS)} ${pick(PREFIXES)}`][i % 5]!;
    const filter = Math.floor(i / 5) % 4;
    if (filter === 1) return { query, kinds: ['Kamerbrief'] };
    if (filter === 2) return { query, dateFrom: '2022-01-01', dateTo: '2023-12-31' };
    if (filter === 3) return { query, signatory: 'Brekelmans' };
    return { query };
  });
};

/** The generated metadata as the folder's sidecar, validated by the sidecar parser (app/corpus). */
const writeSidecar = async (dir: string, meta: GeneratedMeta[]): Promise<void> => {
  const sidecar = parseSidecar(JSON.stringify({ letters: meta }));
  await writeFile(join(dir, 'metadata.json'), serializeSidecar(sidecar));
};

const timed = async <T>(f: () => Promise<T>): Promise<[T, number]> => {
  const t0 = performance.now();
  const v = await f();
  return [v, performance.now() - t0];
};

/** CPU seconds of the calling thread (Linux: /proc/thread-self), or null elsewhere. */
const threadCpu = (): number | null => {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return null;
  }
};

/** The app's own parse worker, as `electron-vite build` writes it (BENCH_WORKER=built). */
const BUILT_WORKER = join(import.meta.dirname, '..', 'out', 'main', 'parse-worker.js');

/**
 * The parse worker as the Electron build runs it: bundled JavaScript split into chunks, so that
 * what a worker imports lazily (pdf.js and its worker module, about 3 MB) is compiled only when a
 * PDF comes (electron-vite builds out/main/parse-worker.js and out/main/chunks/; here esbuild
 * bundles the same entry with code splitting). One file of 5 MB cost each worker ~0.35 s of CPU
 * to compile at start. BENCH_WORKER=built runs electron-vite's build itself (run `npx electron-vite
 * build` first; the two cost the same CPU a letter, bench/word-workers.ts); BENCH_WORKER=tsx runs
 * the TypeScript source, which each worker first compiles through tsx (about half a second of
 * start-up per worker on this machine).
 */
const bundleWorker = async (dir: string): Promise<string | undefined> => {
  if (process.env.BENCH_WORKER === 'tsx') return undefined;
  if (process.env.BENCH_WORKER === 'built') {
    if (!(await exists(BUILT_WORKER))) throw new Error(`${BUILT_WORKER} ontbreekt: eerst npx electron-vite build`);
    return BUILT_WORKER;
  }
  const outdir = join(dir, 'worker');
  await build({
    entryPoints: { 'parse-worker': join(import.meta.dirname, '..', 'main', 'corpus', 'parse-worker.ts') },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    outdir,
    outExtension: { '.js': '.mjs' },
    logLevel: 'error',
  });
  return join(outdir, 'parse-worker.mjs');
};

interface Paths {
  corpusDir: string;
  dataDir: string;
  workerPath: string | undefined;
}

/** One start in this process: open the corpus (cold: empty cache; warm: cache present) and measure. */
const runStart = async (phase: 'cold' | 'warm', { corpusDir, dataDir, workerPath }: Paths): Promise<StartResult> => {
  // The machine is shared: the load before the run and the CPU time used tell how comparable a run is.
  const load = loadavg()[0]!;
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  // The whole start, never reset (p99); `loop` is reset at each load step (the step's max).
  const whole = monitorEventLoopDelay({ resolution: 10 });
  whole.enable();
  // Each step of the load: wall time, main-thread CPU, RSS at its end, event-loop delay max (a
  // block shows in the step after it, when the monitor's timer runs late).
  const steps: StepTiming[] = [];
  let last = { t: performance.now(), cpu: threadCpu() ?? 0 };
  // The library is usable (the stored letters listed and searchable) at the `usable` step: its
  // time from the open's start, and a search at that moment (a warm start's first).
  let usable: { ms: number; searchMs: number; hits: number } | undefined;
  // Tasks that held the event loop LONG_TASK_MS or more: a 5 ms timer that ran that late. `step`
  // is the number of the step under way (named when it ends).
  const long: Array<{ ms: number; step: number; atUs: number }> = [];
  let tick = { t: performance.now(), us: process.hrtime.bigint() / 1000n };
  const ticker = setInterval(() => {
    const now = { t: performance.now(), us: process.hrtime.bigint() / 1000n };
    if (now.t - tick.t >= LONG_TASK_MS) long.push({ ms: now.t - tick.t, step: steps.length, atUs: Number(tick.us) });
    tick = now;
  }, 5);
  const onLoadStep = (name: string): void => {
    const now = { t: performance.now(), cpu: threadCpu() ?? 0 };
    steps.push({
      name,
      ms: now.t - last.t,
      cpuS: now.cpu - last.cpu,
      rssMb: process.memoryUsage.rss() / 2 ** 20,
      loopMaxMs: loop.max / 1e6,
    });
    loop.reset();
    last = now;
    if (name === 'usable' && phase === 'warm') {
      // Timed apart: the next step starts after this search (`usable.searchMs`; open's time includes it).
      const hits = service.search(queries()[0]!).length;
      usable = { ms: now.t - openedAt, searchMs: performance.now() - now.t, hits };
      loop.reset();
      tick = { t: performance.now(), us: process.hrtime.bigint() / 1000n }; // that search is the bench's, not the load's
      last = { t: performance.now(), cpu: threadCpu() ?? 0 };
    }
  };
  const service = new CorpusService({ sampleDir, dataDir, watch: false, workerPath, onLoadStep });
  const cpu0 = process.cpuUsage();
  const main0 = threadCpu();
  const openedAt = performance.now();
  const [state, ms] = await timed(() => service.open([corpusDir]));
  const cpu = process.cpuUsage(cpu0);
  const main1 = threadCpu();
  onLoadStep('to the end of open');
  // The grouped search's facts are prepared in slices after the open (CorpusService.searchReady).
  const ready0 = performance.now();
  await service.searchReady();
  const factsMs = performance.now() - ready0;
  onLoadStep('search facts (after)');
  clearInterval(ticker);
  loop.disable();
  whole.disable();
  const stats = service.lastLoad;
  const result: StartResult = {
    letters: state.letters.length,
    errors: state.errors.length,
    ms,
    parsed: stats.parsed,
    fromCache: stats.fromCache,
    indexed: stats.indexed,
    loopMaxMs: Math.max(...steps.map((s) => s.loopMaxMs)),
    loopP99Ms: whole.percentile(99) / 1e6,
    steps,
    longTasks: long.map((t) => ({ ms: t.ms, step: steps[t.step]?.name ?? '?', atUs: t.atUs })),
    factsMs,
    cpuS: (cpu.user + cpu.system) / 1e6,
    usable,
    mainCpuS: main0 === null || main1 === null ? null : main1 - main0,
    rssMb: 0,
    load,
  };
  if (phase === 'cold') {
    result.searchMs = [];
    result.hits = 0;
    for (const q of queries()) {
      const t0 = performance.now();
      result.hits += service.search(q).length;
      result.searchMs.push(performance.now() - t0);
    }
    result.groupedMs = timeGrouped(service, queries());
  } else {
    // Straight after a warm start: postings and texts are read from the store file as each search needs them (store-file.ts).
    result.searchMs = queries()
      .slice(0, 40)
      .map((q) => {
        const t0 = performance.now();
        service.search(q);
        return performance.now() - t0;
      });
    result.groupedMs = timeGrouped(service, queries().slice(40, 80));
    const first = state.letters[0]!;
    result.letterBlocks = service.letter(first.file).blocks.length;
    result.listedBlocks = first.blockCount;
  }
  await service.close();
  result.rssMb = process.resourceUsage().maxRSS / 1024;
  return result;
};

/** Times the library's search per letter (searchLetters: grouped, with the title and key boosts) for each query, ms. */
const timeGrouped = (service: CorpusService, qs: SearchRequest[]): number[] =>
  qs.map((q) => {
    const t0 = performance.now();
    service.searchLetters(q);
    return performance.now() - t0;
  });

/**
 * `BENCH_CPU_PROF=<folder>`: each start's process and its parse workers (main/workers/start-worker.ts)
 * write V8 CPU profiles (`.cpuprofile`, one per thread) into that folder, to open in Chrome DevTools.
 */
const profileFlags = (): string[] => {
  const dir = process.env.BENCH_CPU_PROF;
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
};

/** Runs one start in a fresh Node process (with this process's loader flags, i.e. tsx) and returns its result. */
const startInChild = async (phase: 'cold' | 'warm', paths: Paths): Promise<StartResult> => {
  const { stdout } = await execFileAsync(
    process.execPath,
    [...process.execArgv, ...profileFlags(), fileURLToPath(import.meta.url), phase, JSON.stringify(paths)],
    {
      maxBuffer: 16 * 1024 * 1024,
      env: process.env,
    },
  );
  const line = stdout.trim().split('\n').pop()!;
  return JSON.parse(line) as StartResult;
};

/**
 * `BENCH_KEEP=<folder>` keeps the generated corpora and their caches there between runs (generated
 * once), and `BENCH_PHASES=warm` then runs only the warm start of each size: a quick loop for
 * work on the warm start of the 100,000-letter archive.
 */
const KEEP = process.env.BENCH_KEEP;
const WARM_ONLY = process.env.BENCH_PHASES === 'warm';

/** A warm start alone (BENCH_PHASES=warm): its figures on one line, then its steps. */
const printWarm = (count: number, warm: StartResult): void => {
  const first = warm.searchMs![0]!;
  process.stdout.write(
    `\n${count} letters, warm: usable ${usableMs(warm)} s (search then ${warm.usable?.searchMs.toFixed(1)} ms), open done ${(warm.ms / 1000).toFixed(2)} s (with that search), CPU ${warm.cpuS.toFixed(1)} s (main ${warm.mainCpuS?.toFixed(1)} s), ` +
      `loop max ${warm.loopMaxMs.toFixed(0)} / p99 ${warm.loopP99Ms.toFixed(0)} ms, first search ${first.toFixed(1)} ms, ` +
      `next p50 ${percentile(warm.searchMs!.slice(1), 50).toFixed(2)} ms, facts ready ${warm.factsMs?.toFixed(0)} ms after open, library search first ${warm.groupedMs![0]!.toFixed(1)} / p50 ${percentile(warm.groupedMs!.slice(1), 50).toFixed(2)} / p95 ${percentile(warm.groupedMs!.slice(1), 95).toFixed(2)} ms, peak RSS ${warm.rssMb.toFixed(0)} MB, load ${warm.load.toFixed(1)}, ` +
      `${warm.letters} letters (${warm.fromCache} cached, ${warm.indexed} re-indexed)\n`,
  );
  printSteps(`${count} letters, warm`, warm);
};

const exists = (path: string): Promise<boolean> =>
  stat(path).then(
    () => true,
    () => false,
  );

const main = async (): Promise<void> => {
  const tmp = KEEP ?? (await mkdtemp(join(tmpdir(), 'dossier-bench-')));
  await mkdir(tmp, { recursive: true });
  const workerPath = await bundleWorker(tmp);
  try {
    if (WARM_ONLY) {
      for (const count of COUNTS) {
        const paths: Paths = { corpusDir: join(tmp, `corpus-${count}`), dataDir: join(tmp, `data-${count}`), workerPath };
        if (!(await exists(join(paths.dataDir, 'corpus-cache'))))
          throw new Error(`no cache in ${paths.dataDir}: run without BENCH_PHASES first`);
        printWarm(count, await startInChild('warm', paths));
      }
      return;
    }
    const runs: Row[][] = [];
    const starts: Array<[number, StartResult, StartResult]> = [];
    for (const count of process.env.BENCH_TEXT === '0' ? [] : COUNTS) {
      const paths: Paths = { corpusDir: join(tmp, `corpus-${count}`), dataDir: join(tmp, `data-${count}`), workerPath };
      if (!KEEP || !(await exists(join(paths.corpusDir, 'metadata.json')))) {
        process.stdout.write(`Genereren van ${count} brieven in ${paths.corpusDir} …\n`);
        await writeSidecar(paths.corpusDir, await generateCorpus(sampleDir, paths.corpusDir, count));
      }
      if (KEEP) await rm(paths.dataDir, { recursive: true, force: true }); // cold means an empty cache
      // Each start runs in a process of its own, as the app's first and next launch do.
      const cold = await startInChild('cold', paths);
      const warm = await startInChild('warm', paths);
      runs.push(textRows(count, cold, warm, workerPath !== undefined));
      starts.push([count, cold, warm]);
      if (!KEEP) await rm(paths.corpusDir, { recursive: true, force: true });
    }
    const extra: Row[] = [];
    if (process.env.BENCH_WORD !== '0') extra.push(...(await wordRun(tmp, workerPath)));
    if (process.env.BENCH_PDF !== '0') extra.push(...(await pdfRun(tmp, workerPath)));
    printTable(runs.length > 0 ? COUNTS : [], runs, extra);
    for (const [count, cold, warm] of starts) {
      printSteps(`${count} letters, cold`, cold);
      printSteps(`${count} letters, warm`, warm);
    }
    for (const [title, r] of wordSteps) printSteps(title, r);
  } finally {
    if (!KEEP) await rm(tmp, { recursive: true, force: true });
  }
};

/** Which parse worker a run used (see bundleWorker). */
const workerName = (path: string | undefined): string =>
  path === undefined
    ? 'TypeScript through tsx (BENCH_WORKER=tsx)'
    : path === BUILT_WORKER
      ? 'electron-vite build (out/main)'
      : 'esbuild bundle';

/** The Word run's starts, whose steps are printed after the table. */
const wordSteps: Array<[string, StartResult]> = [];

/** The Word run: generated .docx letters, cold and warm start, search, and pandoc on 200 of them. */
const wordRun = async (tmp: string, workerPath: string | undefined): Promise<Row[]> => {
  const paths: Paths = { corpusDir: join(tmp, 'word'), dataDir: join(tmp, 'word-data'), workerPath };
  // BENCH_KEEP: the corpus is generated once, its list of files written last (the mark of a whole
  // corpus of this size); the cache is emptied, since cold means an empty cache.
  const list = join(tmp, 'word-files.json');
  const kept = KEEP && (await exists(list)) ? (JSON.parse(await readFile(list, 'utf8')) as string[]) : [];
  let files = kept;
  if (kept.length !== COUNT) {
    if (KEEP) await rm(paths.corpusDir, { recursive: true, force: true });
    process.stdout.write(`Genereren van ${COUNT} Word-brieven in ${paths.corpusDir} …\n`);
    files = await generateWordCorpus(sampleDir, paths.corpusDir, COUNT);
    if (KEEP) await writeFile(list, JSON.stringify(files));
  }
  if (KEEP) await rm(paths.dataDir, { recursive: true, force: true });
  const cold = await startInChild('cold', paths);
  const warm = await startInChild('warm', paths);
  wordSteps.push(['Word, cold', cold], ['Word, warm', warm]);
  const sample = files.filter((_, i) => i % Math.max(1, Math.floor(files.length / 200)) === 0).slice(0, 200);
  const pandocMs = process.env.BENCH_PANDOC === '0' ? null : await timePandoc(sample);
  const perLetter = (ms: number, n: number) => `${(ms / n).toFixed(1)} ms a letter`;
  return [
    [
      'Word: letters loaded (cold/warm)',
      `${cold.letters}/${warm.letters} (${cold.errors} errors)`,
      `${COUNT}`,
      cold.letters === COUNT && warm.letters === COUNT,
    ],
    [
      'Word: cold ingest (empty cache)',
      `${(cold.ms / 1000).toFixed(2)} s (${cold.parsed} parsed; ${perLetter(cold.ms, COUNT)})`,
      '≤ 15 s',
      cold.ms <= 15_000,
    ],
    ['Word: warm start (cache present)', `${(warm.ms / 1000).toFixed(2)} s (${warm.fromCache} cached)`, '≤ 1 s', warm.ms <= 1000],
    [
      'Word: warm start CPU, loop delay, RSS',
      `${warm.cpuS.toFixed(1)} s CPU (main ${warm.mainCpuS?.toFixed(1) ?? '?'} s); loop max ${warm.loopMaxMs.toFixed(0)} ms, p99 ${warm.loopP99Ms.toFixed(0)} ms; peak RSS ${warm.rssMb.toFixed(0)} MB`,
      '',
      null,
    ],
    ['Word: first search after warm start', `${warm.searchMs![0]!.toFixed(1)} ms`, '≤ 50 ms', warm.searchMs![0]! <= 50],
    [
      'Word: search p95',
      `${percentile(cold.searchMs!, 95).toFixed(2)} ms (${cold.hits} hits)`,
      '≤ 10 ms',
      percentile(cold.searchMs!, 95) <= 10,
    ],
    ['Word: CPU time cold ingest (all threads)', `${cold.cpuS.toFixed(1)} s (main ${cold.mainCpuS?.toFixed(1) ?? '?'} s)`, '', null],
    ['Word: load average before cold / warm', `${cold.load.toFixed(1)} / ${warm.load.toFixed(1)}`, '', null],
    ['Word: parse worker', workerName(workerPath), '', null],
    [
      `Word: pandoc → plain text, ${sample.length} files`,
      pandocMs === null
        ? 'pandoc not installed or skipped (BENCH_PANDOC=0)'
        : `${(pandocMs / 1000).toFixed(2)} s (${perLetter(pandocMs, sample.length)}, one process a file)`,
      '',
      null,
    ],
  ];
};

/** The PDF run: generated PDF letters, cold ingest, warm start (as for text), and pdftotext on the same files (two at a time). */
const pdfRun = async (tmp: string, workerPath: string | undefined): Promise<Row[]> => {
  const count = Number(process.env.BENCH_PDF_LETTERS ?? 1000);
  const paths: Paths = { corpusDir: join(tmp, 'pdf'), dataDir: join(tmp, 'pdf-data'), workerPath };
  process.stdout.write(`Genereren van ${count} PDF-brieven (3–15 pagina's) in ${paths.corpusDir} …\n`);
  const { files, pages } = await generatePdfCorpus(sampleDir, paths.corpusDir, count);
  const cold = await startInChild('cold', paths);
  const warm = await startInChild('warm', paths);
  const popplerMs = await timePdftotext(files, 2);
  return [
    ['PDF: letters loaded', `${cold.letters} of ${count} (${cold.errors} errors, ${pages} pages)`, `${count}`, cold.letters === count],
    ['PDF: cold ingest (empty cache)', `${(cold.ms / 1000).toFixed(2)} s (${((cold.ms / pages) * 1).toFixed(1)} ms a page)`, '', null],
    [
      'PDF: pdftotext, same files, 2 at a time',
      popplerMs === null
        ? 'poppler not installed'
        : `${(popplerMs / 1000).toFixed(2)} s; cold ingest is ${(cold.ms / popplerMs).toFixed(2)} ×`,
      '≤ 2 ×',
      popplerMs === null ? null : cold.ms <= 2 * popplerMs,
    ],
    [
      'PDF: warm start (cache present)',
      `${(warm.ms / 1000).toFixed(2)} s (${warm.fromCache} cached, ${warm.parsed} parsed)`,
      '≤ 1 s',
      warm.ms <= 1000,
    ],
    ['PDF: CPU time cold ingest (all threads)', `${cold.cpuS.toFixed(1)} s`, '', null],
  ];
};

const [phase, pathsJson] = process.argv.slice(2);
if (phase === 'cold' || phase === 'warm') {
  process.stdout.write(`${JSON.stringify(await runStart(phase, JSON.parse(pathsJson!) as Paths))}\n`);
} else {
  await main();
}
