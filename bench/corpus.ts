/**
 * Corpus benchmark (`npm run bench:corpus`): 10,000 generated letters; cold ingest (empty cache),
 * warm start (cache present), search latency over 200 mixed queries, peak memory.
 * Targets (2 cores): cold ≤ 8 s, warm ≤ 1 s, search p95 ≤ 10 ms.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';

import { build } from 'esbuild';

import { parseSidecar, serializeSidecar } from '../app/corpus';
import type { SearchRequest } from '../app/ipc/contract';
import { CorpusService } from '../main/corpus/corpus-service';
import { generateCorpus, type GeneratedMeta, rng } from './corpus-letters';

const COUNT = Number(process.env.BENCH_LETTERS ?? 10_000);
const sampleDir = join(import.meta.dirname, '..', 'assets', 'corpus');

const WORDS = ['Oekraïne', 'kabinet', 'munitie', 'sancties', 'veiligheidsgaranties', 'Rusland', 'NAVO', 'luchtverdediging', 'wederopbouw', 'Kamerstuk'];
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

const percentile = (xs: number[], p: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

const timed = async <T>(f: () => Promise<T>): Promise<[T, number]> => {
  const t0 = performance.now();
  const v = await f();
  return [v, performance.now() - t0];
};

/**
 * The parse worker as the Electron build runs it: one bundled JavaScript file (electron-vite
 * builds out/main/parse-worker.js; here esbuild bundles the same entry). BENCH_WORKER=tsx runs
 * the TypeScript source instead, which each worker first compiles through tsx (about half a
 * second of start-up per worker on this machine).
 */
const bundleWorker = async (dir: string): Promise<string | undefined> => {
  if (process.env.BENCH_WORKER === 'tsx') return undefined;
  const outfile = join(dir, 'parse-worker.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, '..', 'main', 'corpus', 'parse-worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'error',
  });
  return outfile;
};

const main = async (): Promise<void> => {
  const tmp = await mkdtemp(join(tmpdir(), 'dossier-bench-'));
  const corpusDir = join(tmp, 'corpus');
  const dataDir = join(tmp, 'data');
  try {
    process.stdout.write(`Genereren van ${COUNT} brieven in ${corpusDir} …\n`);
    await writeSidecar(corpusDir, await generateCorpus(sampleDir, corpusDir, COUNT));

    // The machine is shared: the load before the run and the CPU time used tell how comparable a run is.
    const load = loadavg()[0]!;
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const workerPath = await bundleWorker(tmp);
    const cold = new CorpusService({ sampleDir, dataDir, watch: false, workerPath });
    const cpu0 = process.cpuUsage();
    const [coldState, coldMs] = await timed(() => cold.open([corpusDir]));
    const cpu = process.cpuUsage(cpu0);
    loop.disable();
    const coldStats = cold.lastLoad;

    const qs = queries();
    const times: number[] = [];
    let hits = 0;
    for (const q of qs) {
      const t0 = performance.now();
      hits += cold.search(q).length;
      times.push(performance.now() - t0);
    }
    await cold.close();

    const warmLoop = monitorEventLoopDelay({ resolution: 10 });
    warmLoop.enable();
    const warm = new CorpusService({ sampleDir, dataDir, watch: false, workerPath });
    const [warmState, warmMs] = await timed(() => warm.open([corpusDir]));
    warmLoop.disable();
    const letter = warm.letter(warmState.letters[0]!.file);
    const warmStats = warm.lastLoad;
    await warm.close();

    const rssMb = process.resourceUsage().maxRSS / 1024;
    const rows: Array<[string, string, string, boolean | null]> = [
      ['letters loaded (cold/warm)', `${coldState.letters.length}/${warmState.letters.length}`, `${COUNT}`, warmState.letters.length === COUNT],
      ['errors', `${coldState.errors.length}`, '0', coldState.errors.length === 0],
      ['cold ingest (empty cache)', `${(coldMs / 1000).toFixed(2)} s (${coldStats.parsed} parsed)`, '≤ 8 s', coldMs <= 8000],
      ['warm start (cache present)', `${(warmMs / 1000).toFixed(2)} s (${warmStats.fromCache} cached, ${warmStats.parsed} parsed, ${warmStats.indexed} re-indexed)`, '≤ 1 s', warmMs <= 1000],
      ['search p50', `${percentile(times, 50).toFixed(2)} ms`, '', null],
      ['search p95', `${percentile(times, 95).toFixed(2)} ms (${qs.length} queries, ${hits} hits)`, '≤ 10 ms', percentile(times, 95) <= 10],
      ['full letter after warm start', `${letter.blocks.length} blocks (${warmState.letters[0]!.blockCount} listed)`, 'equal', letter.blocks.length === warmState.letters[0]!.blockCount],
      ['event loop delay max (cold)', `${(loop.max / 1e6).toFixed(0)} ms`, '', null],
      ['event loop delay max (warm)', `${(warmLoop.max / 1e6).toFixed(0)} ms`, '', null],
      ['CPU time cold ingest (all threads)', `${((cpu.user + cpu.system) / 1e6).toFixed(1)} s`, '', null],
      ['machine', `${availableParallelism()} cores, load ${load.toFixed(1)} before the run`, '', null],
      ['parse worker', workerPath ? 'bundled JS (as in the Electron build)' : 'TypeScript via tsx (BENCH_WORKER=tsx)', '', null],
      ['peak memory (RSS)', `${rssMb.toFixed(0)} MB`, '', null],
    ];
    const w = [34, 50, 10];
    const line = (c: string[]): string => c.map((x, i) => x.padEnd(w[i] ?? 4)).join(' | ');
    process.stdout.write(`\n${line(['meting', 'resultaat', 'doel', 'ok'])}\n${'-'.repeat(104)}\n`);
    for (const [name, result, target, ok] of rows) {
      process.stdout.write(`${line([name, result, target, ok === null ? '' : ok ? 'ja' : 'NEE'])}\n`);
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
};

await main();
