/**
 * The corpus benchmark's table: what one start measured (StartResult), the rows of a text run for
 * one corpus size with that size's targets (issue 22 sets those at 100,000 letters), and the
 * printing of several sizes side by side, one column per size.
 */
import { availableParallelism } from 'node:os';

/** One step of a load (LoadContext.mark): wall ms, main-thread CPU s, RSS MB at its end, event-loop delay max ms. */
export interface StepTiming {
  name: string;
  ms: number;
  cpuS: number;
  rssMb: number;
  loopMaxMs: number;
}

/** What one start (a fresh process, as the app's next launch is) measured. */
export interface StartResult {
  letters: number;
  errors: number;
  ms: number;
  parsed: number;
  fromCache: number;
  indexed: number;
  /** Event-loop delay while opening (perf_hooks.monitorEventLoopDelay, 10 ms resolution): max and p99, ms. */
  loopMaxMs: number;
  loopP99Ms: number;
  cpuS: number;
  mainCpuS: number | null;
  /**
   * Warm start: when the library was usable (the load's `usable` step: stored letters listed and
   * searchable), ms from the open's start, and a search run at that moment (ms, hits).
   */
  usable?: { ms: number; searchMs: number; hits: number };
  /** Peak resident set size of the whole process (resourceUsage().maxRSS), MB. */
  rssMb: number;
  load: number;
  /** The load step by step. */
  steps: StepTiming[];
  /**
   * Each stretch of at least LONG_TASK_MS in which a 5 ms timer did not run (a task that held the
   * event loop): its length, the step it ended in, and its start as monotonic µs (the clock of a
   * `--cpu-prof` profile's timestamps, to find the code that ran then: bench/long-tasks.ts).
   */
  longTasks?: Array<{ ms: number; step: string; atUs: number }>;
  /** Search latencies (ms): cold, 200 queries after the load; warm, 40 queries straight after opening. */
  searchMs?: number[];
  hits?: number;
  /** The library's search per letter (searchLetters, with the title and key boosts): cold the 200 queries, warm 40 after the flat ones. */
  groupedMs?: number[];
  /** From the end of open until the grouped search's facts are prepared (CorpusService.searchReady), ms. */
  factsMs?: number;
  /** Warm start only: whether the first letter reads back whole. */
  letterBlocks?: number;
  listedBlocks?: number;
}

/** A task holding the event loop this long (ms) or longer is listed (StartResult.longTasks): issue 22's limit is 50 ms. */
export const LONG_TASK_MS = 50;

/** The time to a usable library in seconds (the open's end when the load marked no `usable` step). */
export const usableMs = (r: StartResult): string => ((r.usable?.ms ?? r.ms) / 1000).toFixed(2);

/** One table row: what, the result, the target, whether met (null: no target). */
export type Row = [string, string, string, boolean | null];

export const percentile = (xs: number[], p: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

/** The rows of the text run at `count` letters; targets as issue 13/22 set them for that size. */
export const textRows = (count: number, cold: StartResult, warm: StartResult, bundled: boolean): Row[] => {
  const large = count >= 50_000;
  const coldTarget = large ? 30_000 : 8000;
  const warmTarget = large ? 1500 : 1000;
  const times = cold.searchMs!;
  const cpu = (r: StartResult): string => `${r.cpuS.toFixed(1)} s${r.mainCpuS === null ? '' : ` (main ${r.mainCpuS.toFixed(1)} s)`}`;
  const loop = (r: StartResult): string => `${r.loopMaxMs.toFixed(0)} / ${r.loopP99Ms.toFixed(0)}`;
  const p95 = percentile(times, 95);
  const first = warm.searchMs![0]!;
  const peak = Math.max(cold.rssMb, warm.rssMb);
  return [
    ['letters loaded (cold/warm)', `${cold.letters}/${warm.letters}`, `${count}`, warm.letters === count && cold.letters === count],
    ['errors', `${cold.errors}`, '0', cold.errors === 0],
    [
      'cold ingest (empty cache)',
      `${(cold.ms / 1000).toFixed(2)} s (${cold.parsed} parsed)`,
      `≤ ${coldTarget / 1000} s`,
      cold.ms <= coldTarget,
    ],
    [
      'warm start: usable (list + search)',
      `${usableMs(warm)} s (search then ${warm.usable?.searchMs.toFixed(1)} ms, ${warm.usable?.hits} hits)`,
      `≤ ${warmTarget / 1000} s`,
      (warm.usable?.ms ?? warm.ms) <= warmTarget,
    ],
    [
      'warm start: open done (files checked)',
      `${(warm.ms / 1000).toFixed(2)} s (${warm.fromCache} cached, ${warm.indexed} re-indexed; with the search at usable)`,
      '',
      null,
    ],
    ['search p50', `${percentile(times, 50).toFixed(2)} ms`, '', null],
    ['search p95', `${p95.toFixed(2)} ms (${times.length} q, ${cold.hits} hits)`, '≤ 10 ms', p95 <= 10],
    ['first search after warm start', `${first.toFixed(1)} ms`, '≤ 50 ms', first <= 50],
    [
      'searches after warm start p50 / max',
      `${percentile(warm.searchMs!, 50).toFixed(2)} / ${Math.max(...warm.searchMs!).toFixed(0)} ms (${warm.searchMs!.length} q)`,
      '',
      null,
    ],
    [
      'library search per letter p50 / p95',
      `${percentile(cold.groupedMs!, 50).toFixed(2)} / ${percentile(cold.groupedMs!, 95).toFixed(2)} ms (${cold.groupedMs!.length} q)`,
      '≤ 10 ms',
      percentile(cold.groupedMs!, 95) <= 10,
    ],
    [
      'library search after warm start: first / p50',
      `${warm.groupedMs![0]!.toFixed(1)} / ${percentile(warm.groupedMs!.slice(1), 50).toFixed(2)} ms (facts ready ${warm.factsMs?.toFixed(0)} ms after open)`,
      '≤ 50 ms',
      warm.groupedMs![0]! <= 50,
    ],
    [
      'full letter after warm start',
      `${warm.letterBlocks} blocks (${warm.listedBlocks} listed)`,
      'equal',
      warm.letterBlocks === warm.listedBlocks,
    ],
    ['event loop delay max / p99, cold', `${loop(cold)} ms`, '≤ 50 ms', cold.loopMaxMs <= 50],
    ['event loop delay max / p99, warm', `${loop(warm)} ms`, '≤ 50 ms', warm.loopMaxMs <= 50],
    ['CPU cold ingest (all threads)', cpu(cold), '', null],
    ['CPU warm start (all threads)', cpu(warm), '', null],
    ['peak RSS cold / warm process', `${cold.rssMb.toFixed(0)} / ${warm.rssMb.toFixed(0)} MB`, '≤ 1536 MB', peak <= 1536],
    ['machine', `${availableParallelism()} cores, load ${cold.load.toFixed(1)} / ${warm.load.toFixed(1)}`, '', null],
    ['parse worker', bundled ? 'bundled JS' : 'tsx (BENCH_WORKER=tsx)', '', null],
  ];
};

/** Prints a start's load steps, one line each: wall ms, main-thread CPU s, RSS MB at its end, event-loop delay max ms. */
export const printSteps = (title: string, r: StartResult): void => {
  process.stdout.write(
    `\n${title}: step | ms wall | s CPU (main thread) | MB RSS at its end | ms event-loop delay max (shows a step late)\n`,
  );
  for (const s of r.steps) {
    const cells = [s.ms.toFixed(0), s.cpuS.toFixed(2), s.rssMb.toFixed(0), s.loopMaxMs.toFixed(0)].map((c) => c.padStart(8));
    process.stdout.write(`  ${s.name.padEnd(20)}${cells.join(' ')}\n`);
  }
  const long = r.longTasks ?? [];
  process.stdout.write(
    `  tasks ≥ ${LONG_TASK_MS} ms holding the event loop: ${long.length === 0 ? 'none' : long.map((t) => `${t.ms.toFixed(0)} ms (${t.step}, at ${t.atUs} µs)`).join(', ')}\n`,
  );
};

/** Prints the text runs side by side (one result column per size, target and ok after each), then `extra` rows. */
export const printTable = (counts: number[], runs: Row[][], extra: Row[]): void => {
  const mark = (ok: boolean | null): string => (ok === null ? '' : ok ? 'ja' : 'NEE');
  const widths = [36, ...counts.flatMap(() => [56, 10, 3])];
  const line = (c: string[]): string => c.map((x, i) => x.padEnd(widths[i] ?? 4)).join(' | ');
  const head = ['meting', ...counts.flatMap((n) => [`${n.toLocaleString('en')} brieven`, 'doel', 'ok'])];
  if (runs.length > 0) process.stdout.write(`\n${line(head)}\n${'-'.repeat(line(head).length)}\n`);
  runs[0]?.forEach((row, i) => {
    process.stdout.write(`${line([row[0], ...runs.flatMap((r) => [r[i]![1], r[i]![2], mark(r[i]![3])])])}\n`);
  });
  if (extra.length === 0) return;
  const w = [38, 80, 10];
  const plain = (c: string[]): string => c.map((x, i) => x.padEnd(w[i] ?? 4)).join(' | ');
  process.stdout.write('\n');
  for (const [name, result, target, ok] of extra) process.stdout.write(`${plain([name, result, target, mark(ok)])}\n`);
};
