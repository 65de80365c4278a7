/**
 * Editor benchmark (`npm run bench:editor`, issue 18): the production renderer (out/renderer,
 * built by the npm script) in Debian's Chromium through Playwright, against the preview server
 * with its real main-side handlers, with the launch options of the e2e tests (playwright.config.ts).
 * A briefing of 500 passages (bench/fixtures/large-briefing.ts: headings, own paragraphs, notes,
 * comments) is opened as a user opens a file. Timed inside the page with performance timestamps
 * (no round trips from Node in the figures):
 * - keystroke → paint: a key's `keydown` event time to the frame that shows the character
 *   (a MutationObserver on the editor sees the DOM change; then the next animation frame and a
 *   message posted from it, which runs after that frame is painted); target p95 ≤ 16 ms;
 * - drop → renumbered: a paragraph dragged from the reader with the mouse (Chromium's native drag
 *   and drop) onto the middle of the briefing, from the `drop` event time to the frame that shows
 *   the new passage, its rows in the footnote list and the new numbers of the passages in view (the
 *   same observer, then frame, then message; numbers of passages and rows off screen are written
 *   when Chromium is about to render them or in idle time, renderer/editor/utils/offscreen-writes.ts);
 *   the letter is fetched from main at drag start (the rows below say how long that took and how
 *   long a drop still waited for it); target p95 ≤ 50 ms.
 * Also prints the renderer's main-thread busy time and process CPU time per key and per drop (CDP
 * Performance metrics; they include the driver's own scripts in the page), the Node side's CPU
 * time, the run's wall time and the load average before and after.
 * Prints a Markdown table, then the headless model figures (bench/editor-model.ts). Runs headless:
 * this machine has no display; Chromium still lays out and paints every frame.
 * BENCH_KEYSTROKES and BENCH_DROPS set the sample counts (200 and 60; 60 drops so that the p95 is
 * not the second slowest of 30 but the third slowest of 60).
 */
import { loadavg } from 'node:os';

import { openLargeBriefing } from './editor-open';
import { editorTimings, percentile } from './editor-timing';

const PASSAGES = 500;
const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 200);
const DROPS = Number(process.env.BENCH_DROPS ?? 60);

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
const loadBefore = load();
const started = performance.now();
const open = await openLargeBriefing(PASSAGES);
const cpuBefore = process.cpuUsage();
try {
  const { page, browser } = open;
  const { keystrokes, drops, letterFetches, dropWaits, keyCpu, dropCpu, passages, notes } = await editorTimings(page, {
    keystrokes: KEYSTROKES,
    drops: DROPS,
    middle: PASSAGES / 2,
  });
  const cpu = process.cpuUsage(cpuBefore);
  console.log(
    `Chromium ${browser.version()} (headless), a briefing of ${PASSAGES} passages; ${passages} passages and ${notes} footnotes at the end. ` +
      `Node side (preview server + driver) CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s.`,
  );
  console.log('| operation (Chromium) | n | p50 (ms) | p95 (ms) | max (ms) | target (ms) | within target |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [operation, samples, target] of [
    ['keystroke → paint', keystrokes, 16],
    ['drop → renumbered, painted', drops, 50],
    ['letter fetch at drag start (`corpusLetter` round trip)', letterFetches, Number.NaN],
    ['of that, still running at the drop (the drop waited)', dropWaits, Number.NaN],
  ] as const) {
    const p95 = percentile(samples, 95);
    console.log(
      `| ${operation} | ${samples.length} | ${percentile(samples, 50).toFixed(1)} | ${p95.toFixed(1)} | ${Math.max(...samples).toFixed(1)} | ${Number.isNaN(target) ? '–' : `≤ ${target}`} | ${Number.isNaN(target) ? '–' : p95 <= target ? 'yes' : 'NO'} |`,
    );
  }
  console.log(
    `\nRenderer per key: main thread busy ${keyCpu.task.toFixed(1)} ms, process CPU ${keyCpu.process.toFixed(1)} ms; ` +
      `per drop: ${dropCpu.task.toFixed(1)} ms, ${dropCpu.process.toFixed(1)} ms. ` +
      `Wall ${((performance.now() - started) / 1000).toFixed(0)} s; load average before ${loadBefore}, after ${load()}.`,
  );
} finally {
  await open.close();
}

console.log('\nHeadless model (no DOM), bench/editor-model.ts:');
await import('./editor-model');
