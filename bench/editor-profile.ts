/**
 * Where a keystroke's and a drop's time goes in the editor benchmark (`npx tsx bench/editor-profile.ts`,
 * after `electron-vite build`; not part of `npm run bench:editor`). Opens the same 500-passage briefing
 * (bench/editor-open.ts), then for each operation records a Chromium trace (renderer main thread) and a
 * V8 CPU profile while the benchmark's own steps run (bench/editor-timing.ts), and prints per operation
 * (ms per key or per drop): the main thread's time by trace event (self time: script, style, layout,
 * paint, GC…) and the script functions with the most self and inclusive time, first over the whole
 * run (the driver's own work included), then only from each timed operation's task to the task that
 * painted its frame (what the benchmark's samples hold). The production build
 * gives minified names; for readable ones build with a local copy of electron.vite.config.ts whose
 * renderer `build` sets `minify: false` (`npx electron-vite build -c <copy>`). PROFILE_KEYS /
 * PROFILE_DROPS set the counts (60 and 10), PROFILE_TOP the rows (30); PROFILE_CPU=0 records the
 * trace only. Per timed operation it also prints wall against main-thread CPU time and the CPU of
 * V8's background compiles meanwhile (`cpuOfSpans`), which is what tells a slow sample that did more
 * work from one that waited for a core.
 */
import { writeFile } from 'node:fs/promises';

import type { Browser, CDPSession, Page } from '@playwright/test';

import { openLargeBriefing } from './editor-open';
import { type Counts, dropTimed, installSampler, percentile, typeTimed } from './editor-timing';

const PASSAGES = 500;
const KEYS = Number(process.env.PROFILE_KEYS ?? 60);
const DROPS = Number(process.env.PROFILE_DROPS ?? 10);
const TOP = Number(process.env.PROFILE_TOP ?? 30);
/** PROFILE_CPU=0: the trace only, without V8's sampling profiler (which slows script about twofold). */
const CPU = process.env.PROFILE_CPU !== '0';
/** When set, the trace and the CPU profile are also written to `<PROFILE_OUT>-key.trace.json` etc. */
const OUT = process.env.PROFILE_OUT;
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute', 'blink.user_timing'];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread time (CPU) of a complete event, µs, where the trace has it. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string }; src_file?: string };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

const ms = (us: number, per: number) => (us / 1000 / per).toFixed(2);

/** A time span on the trace clock (µs): [start, end]. */
type Span = [number, number];

const within = (spans: Span[] | undefined, start: number, end: number) => !spans || spans.some(([a, b]) => start >= a && end <= b);

/** The complete events of the busiest renderer main thread, by start (outer before inner). */
function mainThreadEvents(events: TraceEvent[]): TraceEvent[] {
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const counts = mains.map((m) => ({ m, n: events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.ph === 'X').length }));
  const main = counts.sort((a, b) => b.n - a.n)[0]!.m;
  return events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
}

/**
 * Per operation after the first `skip` (warm-up): from the start of the task that dispatched its
 * `type` event (`keydown`, `drop`) to the end of the task that painted the next frame, so every
 * task in between (the operation's own, timers, the frame) counts, as in the benchmark's sample.
 */
function operationSpans(events: TraceEvent[], type: string, skip: number): Span[] {
  const own = mainThreadEvents(events);
  const tasks = own.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  const paints = own.filter((e) => e.name === 'Paint');
  const taskAt = (ts: number) => tasks.find((task) => task.ts <= ts && task.ts + task.dur! >= ts);
  const starts = own.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === type).slice(skip);
  return starts.flatMap((event) => {
    const task = taskAt(event.ts);
    const paint = paints.find((p) => p.ts > event.ts);
    const frame = paint && taskAt(paint.ts);
    return task && frame ? [[task.ts, frame.ts + frame.dur!] as Span] : [];
  });
}

/** Self time (µs) by event name on the busiest renderer main thread, of the events inside `spans` (all when none). */
function traceSelfTimes(events: TraceEvent[], spans?: Span[]): Map<string, number> {
  const own = mainThreadEvents(events).filter((e) => within(spans, e.ts, e.ts + e.dur!));
  const self = new Map<string, number>();
  const stack: { end: number; key: string; children: number; dur: number }[] = [];
  const pop = () => {
    const done = stack.pop()!;
    self.set(done.key, (self.get(done.key) ?? 0) + done.dur - done.children);
  };
  for (const event of own) {
    while (stack.length > 0 && stack.at(-1)!.end <= event.ts) pop();
    const parent = stack.at(-1);
    if (parent) parent.children += event.dur!;
    const type = event.args?.data?.type;
    stack.push({ end: event.ts + event.dur!, key: type ? `${event.name} (${type})` : event.name, children: 0, dur: event.dur! });
  }
  while (stack.length > 0) pop();
  return self;
}

/** Self and inclusive time (µs) per function of a V8 CPU profile, of the samples inside `spans` (all when none; same clock as the trace). */
function profileTimes(profile: { nodes: ProfileNode[]; startTime: number; samples: number[]; timeDeltas: number[] }, spans?: Span[]) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const label = (node: ProfileNode) => {
    const { functionName, url, lineNumber } = node.callFrame;
    return `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
  };
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, index) => {
    at += profile.timeDeltas[index] ?? 0;
    if (!within(spans, at, at)) return;
    const delta = profile.timeDeltas[index + 1] ?? 0;
    const node = byId.get(id)!;
    self.set(label(node), (self.get(label(node)) ?? 0) + delta);
    const seen = new Set<string>();
    for (let node: number | undefined = id; node !== undefined; node = parent.get(node)) {
      const name = label(byId.get(node)!);
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + delta);
    }
  });
  return { self, inclusive };
}

/**
 * Per span: its wall time, the renderer main thread's CPU time in it (thread time of its tasks) and
 * the CPU time V8's background compilers (Maglev, Turbofan) spent in the same process meanwhile, in
 * ms. A span whose wall time is well above its CPU time waited for a core: on this 2-core machine
 * the main thread then lost it to those compile jobs, raster or other processes (session 11).
 */
function cpuOfSpans(events: TraceEvent[], spans: Span[]) {
  const own = mainThreadEvents(events);
  const pid = own[0]?.pid;
  const tasks = own.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  const compiles = events.filter(
    (e) => e.pid === pid && e.ph === 'X' && e.name === 'ThreadPool_RunTask' && /optimizing-compile|maglev/.test(e.args?.src_file ?? ''),
  );
  const share = (e: TraceEvent, [a, b]: Span) => {
    const overlap = Math.min(e.ts + e.dur!, b) - Math.max(e.ts, a);
    return overlap <= 0 ? 0 : ((e.tdur ?? e.dur!) * overlap) / Math.max(e.dur!, 1);
  };
  return spans.map((span) => ({
    wall: (span[1] - span[0]) / 1000,
    cpu: tasks.reduce((sum, task) => sum + share(task, span), 0) / 1000,
    compile: compiles.reduce((sum, job) => sum + share(job, span), 0) / 1000,
  }));
}

function printTop(title: string, times: Map<string, number>, per: number, unit: string) {
  console.log(`\n${title} (ms per ${unit})`);
  const rows = [...times].sort((a, b) => b[1] - a[1]).slice(0, TOP);
  for (const [name, us] of rows) console.log(`${ms(us, per).padStart(8)}  ${name}`);
}

const busy = (times: Map<string, number>) =>
  [...times].filter(([name]) => name !== 'ThreadControllerImpl::RunTask' && name !== 'RunTask').reduce((sum, [, us]) => sum + us, 0);

async function profiled(
  browser: Browser,
  page: Page,
  cdp: CDPSession,
  label: string,
  per: number,
  event: { type: string; skip: number },
  run: () => Promise<number[]>,
) {
  if (CPU) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  }
  await browser.startTracing(page, { categories: CATEGORIES });
  if (CPU) await cdp.send('Profiler.start');
  const samples = await run();
  const profile = CPU ? (await cdp.send('Profiler.stop')).profile : { nodes: [], startTime: 0, samples: [], timeDeltas: [] };
  const traceBytes = await browser.stopTracing();
  const trace = JSON.parse(traceBytes.toString()) as { traceEvents: TraceEvent[] };
  if (OUT) {
    await writeFile(`${OUT}-${label}.trace.json`, traceBytes);
    await writeFile(`${OUT}-${label}.cpuprofile`, JSON.stringify(profile));
    await writeFile(`${OUT}-${label}.samples.json`, JSON.stringify(samples));
  }
  console.log(
    `\n## ${label}: n ${samples.length}, p50 ${percentile(samples, 50).toFixed(1)} ms, p95 ${percentile(samples, 95).toFixed(1)} ms (profiled)`,
  );
  const selfTrace = traceSelfTimes(trace.traceEvents);
  console.log(`main thread busy (trace events, all): ${ms(busy(selfTrace), per)} ms per ${label}`);
  printTop('Main thread, trace events by self time', selfTrace, per, label);
  const { self, inclusive } = profileTimes(profile as never);
  printTop('Script functions by self time', self, per, label);
  printTop('Script functions by inclusive time', inclusive, per, label);
  // What the benchmark's samples hold: from the operation's own task to its painted frame.
  const spans = operationSpans(trace.traceEvents, event.type, event.skip);
  const spanned = traceSelfTimes(trace.traceEvents, spans);
  const wall = spans.reduce((sum, [a, b]) => sum + b - a, 0);
  console.log(
    `\n### ${label}, from its task to its painted frame (${spans.length} timed ${label}s): ${ms(wall, spans.length)} ms, main thread busy ${ms(busy(spanned), spans.length)} ms`,
  );
  const cpus = cpuOfSpans(trace.traceEvents, spans);
  const stat = (key: 'wall' | 'cpu' | 'compile') =>
    `${percentile(
      cpus.map((c) => c[key]),
      50,
    ).toFixed(1)} / ${percentile(
      cpus.map((c) => c[key]),
      95,
    ).toFixed(1)}`;
  console.log(
    `wall ${stat('wall')} ms p50 / p95, main thread CPU ${stat('cpu')}, V8 background compiles meanwhile ${stat('compile')} (CPU); ` +
      `slowest: ${[...cpus]
        .sort((a, b) => b.wall - a.wall)
        .slice(0, 5)
        .map((c) => `${c.wall.toFixed(1)} wall / ${c.cpu.toFixed(1)} CPU / ${c.compile.toFixed(1)} compiling`)
        .join('; ')}`,
  );
  printTop('Main thread in that span, trace events by self time', spanned, spans.length, label);
  const inSpans = profileTimes(profile as never, spans);
  printTop('Script functions in that span by self time', inSpans.self, spans.length, label);
  printTop('Script functions in that span by inclusive time', inSpans.inclusive, spans.length, label);
}

const open = await openLargeBriefing(PASSAGES);
try {
  const { page, browser } = open;
  const cdp = await page.context().newCDPSession(page);
  await installSampler(page);
  const counts: Counts = { keystrokes: KEYS, drops: DROPS, middle: PASSAGES / 2 };
  if (KEYS > 0) await profiled(browser, page, cdp, 'key', KEYS + 10, { type: 'keydown', skip: 10 }, () => typeTimed(page, counts));
  if (DROPS > 0)
    await profiled(browser, page, cdp, 'drop', DROPS + 3, { type: 'drop', skip: 3 }, async () => (await dropTimed(page, counts)).drops);
} finally {
  await open.close();
}
