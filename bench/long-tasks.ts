/**
 * What ran during the long tasks a corpus start reported (bench:corpus prints each task of
 * ≥ 50 ms that held the event loop, with its start in monotonic µs): reads a V8 CPU profile of
 * that start (`BENCH_CPU_PROF=<folder>`, the main thread's `.cpuprofile`) and prints, per task,
 * the functions with the most samples in it, by self time and by time with their callees
 * (a function counted once per sample however often it is on the stack).
 *
 *   npx tsx bench/long-tasks.ts <profile.cpuprofile> <atUs>:<ms> [<atUs>:<ms> …]
 *
 * Without tasks it lists the profile's own stretches of ≥ 50 ms without an idle sample.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const [path, ...windows] = process.argv.slice(2);
if (!path) throw new Error('usage: tsx bench/long-tasks.ts <profile.cpuprofile> <atUs>:<ms> …');
const profile = JSON.parse(readFileSync(path, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const name = (n: ProfileNode): string => {
  const file = n.callFrame.url.split('/').slice(-2).join('/');
  return `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber + 1}`;
};

// Sample times (µs, the profile's clock: monotonic, as process.hrtime).
const times: number[] = [];
let t = profile.startTime;
for (const d of profile.timeDeltas) times.push((t += d));

const report = (from: number, to: number, label: string): void => {
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let samples = 0;
  let prev = from;
  profile.samples.forEach((id, i) => {
    const at = times[i]!;
    if (at < from || at > to) return;
    const dt = (at - prev) / 1000;
    prev = at;
    samples++;
    const node = byId.get(id)!;
    self.set(name(node), (self.get(name(node)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const k = name(byId.get(n)!);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + dt);
    }
  });
  const top = (m: Map<string, number>, k: number): string =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([f, ms]) => `    ${ms.toFixed(1).padStart(7)} ms  ${f}`)
      .join('\n');
  process.stdout.write(`\n${label}: ${samples} samples\n  self:\n${top(self, 12)}\n  with callees:\n${top(total, 25)}\n`);
};

if (windows.length > 0) {
  for (const w of windows) {
    const [at, ms] = w.split(':').map(Number) as [number, number];
    report(at, at + ms * 1000, `task at ${at} µs, ${ms} ms`);
  }
} else {
  const idle = (i: number): boolean => byId.get(profile.samples[i]!)!.callFrame.functionName === '(idle)';
  let start: number | null = null;
  for (let i = 0; i < profile.samples.length; i++) {
    if (!idle(i)) start ??= times[i]!;
    else if (start !== null) {
      if (times[i]! - start >= 50_000)
        report(start, times[i]!, `busy stretch at ${start} µs, ${((times[i]! - start) / 1000).toFixed(0)} ms`);
      start = null;
    }
  }
}
