/**
 * Where a keystroke's and a drop's time goes in the editor benchmark (`npx tsx bench/editor-profile.ts`,
 * after `electron-vite build`; not part of `npm run bench:editor`). Opens the same 500-passage briefing
 * (bench/editor-open.ts), then for each operation records a Chromium trace (renderer main thread) and a
 * V8 CPU profile while the benchmark's own steps run (bench/editor-timing.ts), and prints per operation
 * (ms per key or per drop): the main thread's time by trace event (self time: script, style, layout,
 * paint, GC…) and the script functions with the most self and inclusive time. The production build
 * gives minified names; for readable ones build with a local copy of electron.vite.config.ts whose
 * renderer `build` sets `minify: false` (`npx electron-vite build -c <copy>`). PROFILE_KEYS /
 * PROFILE_DROPS set the counts (60 and 10), PROFILE_TOP the rows (30).
 */
import { writeFile } from 'node:fs/promises';

import type { Browser, CDPSession, Page } from '@playwright/test';

import { openLargeBriefing } from './editor-open';
import { type Counts, dropTimed, installSampler, percentile, typeTimed } from './editor-timing';

const PASSAGES = 500;
const KEYS = Number(process.env.PROFILE_KEYS ?? 60);
const DROPS = Number(process.env.PROFILE_DROPS ?? 10);
const TOP = Number(process.env.PROFILE_TOP ?? 30);
/** When set, the trace and the CPU profile are also written to `<PROFILE_OUT>-key.trace.json` etc. */
const OUT = process.env.PROFILE_OUT;
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute', 'blink.user_timing'];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string } };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

const ms = (us: number, per: number) => (us / 1000 / per).toFixed(2);

/** Self time (µs) by event name on the busiest renderer main thread. */
function traceSelfTimes(events: TraceEvent[]): Map<string, number> {
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const counts = mains.map((m) => ({ m, n: events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.ph === 'X').length }));
  const main = counts.sort((a, b) => b.n - a.n)[0]!.m;
  const own = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
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

/** Self and inclusive time (µs) per function of a V8 CPU profile. */
function profileTimes(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const label = (node: ProfileNode) => {
    const { functionName, url, lineNumber } = node.callFrame;
    return `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
  };
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index + 1] ?? 0;
    const node = byId.get(id)!;
    self.set(label(node), (self.get(label(node)) ?? 0) + delta);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = label(byId.get(at)!);
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + delta);
    }
  });
  return { self, inclusive };
}

function printTop(title: string, times: Map<string, number>, per: number, unit: string) {
  console.log(`\n${title} (ms per ${unit})`);
  const rows = [...times].sort((a, b) => b[1] - a[1]).slice(0, TOP);
  for (const [name, us] of rows) console.log(`${ms(us, per).padStart(8)}  ${name}`);
}

async function profiled(browser: Browser, page: Page, cdp: CDPSession, label: string, per: number, run: () => Promise<number[]>) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await browser.startTracing(page, { categories: CATEGORIES });
  await cdp.send('Profiler.start');
  const samples = await run();
  const { profile } = await cdp.send('Profiler.stop');
  const traceBytes = await browser.stopTracing();
  const trace = JSON.parse(traceBytes.toString()) as { traceEvents: TraceEvent[] };
  if (OUT) {
    await writeFile(`${OUT}-${label}.trace.json`, traceBytes);
    await writeFile(`${OUT}-${label}.cpuprofile`, JSON.stringify(profile));
  }
  console.log(
    `\n## ${label}: n ${samples.length}, p50 ${percentile(samples, 50).toFixed(1)} ms, p95 ${percentile(samples, 95).toFixed(1)} ms (profiled)`,
  );
  const selfTrace = traceSelfTimes(trace.traceEvents);
  const total = [...selfTrace]
    .filter(([name]) => name !== 'ThreadControllerImpl::RunTask' && name !== 'RunTask')
    .reduce((sum, [, us]) => sum + us, 0);
  console.log(`main thread busy (trace events, all): ${ms(total, per)} ms per ${label}`);
  printTop('Main thread, trace events by self time', selfTrace, per, label);
  const { self, inclusive } = profileTimes(profile as never);
  printTop('Script functions by self time', self, per, label);
  printTop('Script functions by inclusive time', inclusive, per, label);
}

const open = await openLargeBriefing(PASSAGES);
try {
  const { page, browser } = open;
  const cdp = await page.context().newCDPSession(page);
  await installSampler(page);
  const counts: Counts = { keystrokes: KEYS, drops: DROPS, middle: PASSAGES / 2 };
  if (KEYS > 0) await profiled(browser, page, cdp, 'key', KEYS + 10, () => typeTimed(page, counts));
  if (DROPS > 0) await profiled(browser, page, cdp, 'drop', DROPS + 3, async () => (await dropTimed(page, counts)).drops);
} finally {
  await open.close();
}
