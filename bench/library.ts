/**
 * Library benchmark (`npm run bench:library`, issue 21): the real renderer in headless Chromium
 * (Playwright, Debian's /usr/bin/chromium) against the preview server with its real main-side
 * handlers, over a generated corpus of 10,000 letters and one of 100,000. Per corpus: the load,
 * the letter list's page size (rows in the page), and for every key typed into the search box
 * the time from the key's event to the frame that shows that query's results painted (a
 * MutationObserver sees the results commit, then the next animation frame and a message posted
 * from it, which runs after the paint), next to the time main alone takes to search (the full
 * text search runs in main; a key whose answer main gave ahead, main/ipc/search-ahead.ts, shows it
 * from the key's own event, and the bench counts those keys); and the time to the first answer painted, which for a query naming
 * letters by number or title is the renderer's own (useQuickLetters), main's otherwise. Queries
 * naming a few letters by title (NAMED) are typed as well, to time that path. Target: key → results painted p95 ≤ 16 ms at
 * 10,000 letters. Corpora are generated once into the temp folder and kept (BENCH_KEEP=0 removes
 * them); BENCH_SIZES=10000 runs one size.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { chromium } from '@playwright/test';

import { defaultPaths, startPreview } from '../main/preview/start-preview';
import { chromiumLaunchOptions } from '../test/e2e/chromium-options';
import { generateCorpus } from './corpus-letters';
import { instrument, typeWord } from './library-page';

const root = resolve(import.meta.dirname, '..');
const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
/** Typed key by key, from an empty box; the first word warms up and is not counted. */
const WARM_UP = 'steun';
const WORDS = [
  'oekraine',
  'veiligheidsgaranties',
  'kabinet',
  'wederopbouw',
  'sancties',
  'luchtverdediging',
  '36045',
  'minister',
  'brekelmans',
  'munitie',
];
const ROUNDS = 2;
/**
 * Queries naming a few letters by title, typed key by key: the renderer's own index answers their
 * last keys (issue 21's first answer). The generated letters state no title, date or paper number,
 * so their titles are built from the kind and the file name (`Kamerbrief (01234_004_…)`).
 */
const NAMED = ['01234', '04207'];
/**
 * The bridge the page calls main over: `socket` (default; the preview's one WebSocket, a message
 * each way as Electron's IPC) or `http` (BENCH_TRANSPORT=http: one HTTP request per call, the
 * preview's fallback, as before session 6).
 */
const TRANSPORT = process.env.BENCH_TRANSPORT === 'http' ? 'http' : 'socket';
/** BENCH_AHEAD=0: main's answers ahead of the keys are not used (each key goes to main), as before session 9. */
const AHEAD = process.env.BENCH_AHEAD !== '0';
/** What the page asks per key (renderer/library/useSearch.ts: SEARCH_LETTERS, SEARCH_SNIPPETS). */
const SEARCH_LETTERS = 20;
const SEARCH_SNIPPETS = 2;

const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};
const ms = (v: number): string => (Number.isNaN(v) ? '–' : `${v.toFixed(1)} ms`);

/** The corpus folder for `count` letters, generated once and kept between runs. */
const corpusOf = async (count: number): Promise<string> => {
  const dir = join(tmpdir(), `dossier-bench-library-${count}`);
  if (existsSync(join(dir, '.complete'))) return dir;
  await rm(dir, { recursive: true, force: true });
  const started = performance.now();
  await generateCorpus(join(root, 'assets', 'corpus'), dir, count);
  await writeFile(join(dir, '.complete'), '');
  console.log(`  generated ${count.toLocaleString('en')} letters in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return dir;
};

/** The page's main-thread CPU (Chrome's Performance.getMetrics, seconds): all tasks, script, layout, style. */
type PageCpu = Record<'TaskDuration' | 'ScriptDuration' | 'LayoutDuration' | 'RecalcStyleDuration', number>;

interface Row {
  letters: number;
  /** CPU per counted key, ms: the page's main thread (task, script, layout, style) and this process (main's handlers, the server, Playwright). */
  cpu: { page: PageCpu; node: number };
  load: number;
  listRows: number;
  main50: number;
  main95: number;
  call50: number;
  call95: number;
  key50: number;
  key95: number;
  keyMax: number;
  keys: number;
  /** Key → first answer painted (the renderer's own, else main's): p50, p95, max; keys the renderer answered. */
  first: [number, number, number];
  firstQuick: number;
  /** The same for the queries naming a few letters (NAMED): first answer p50 / p95, full results p50 / p95, keys, of which answered by the renderer. */
  named: { first: [number, number]; full: [number, number]; keys: number; quick: number };
  resultRows: number;
  totals: string;
  /**
   * Keys answered from main's answers given ahead (no round trip): how many; keys whose results
   * were in the first frame after the key (committed before it began), of all; key → that first
   * frame painted (the typed character's own frame, p50 / p95: the floor); key → painted p50 /
   * p95 of those and of the keys that went to main; key → committed and commit → painted of those;
   * main's searches ahead per key typed and their time (ms per key).
   */
  ahead: {
    keys: number;
    inFirstFrame: number;
    frame: [number, number];
    painted: [number, number];
    trip: [number, number];
    commit: [number, number];
    paint: [number, number];
    searches: number;
    ms: number;
  };
  /** Per key, p50 / p95 of each phase (see instrument), and main's handler during typing: search, JSON size. */
  phases: Record<'before' | 'call' | 'render' | 'paint' | 'handler' | 'ranking' | 'json', [number, number]>;
  bytes: number;
}

const benchSize = async (count: number): Promise<Row> => {
  const corpus = await corpusOf(count);
  const data = await mkdtemp(join(tmpdir(), 'dossier-bench-library-data-'));
  const started = performance.now();
  const preview = await startPreview({ ...defaultPaths(root), dataDir: data, saveDir: join(data, 'work'), corpus });
  const load = (performance.now() - started) / 1000;
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'nl-NL' });
    if (TRANSPORT === 'http')
      await page.addInitScript(() => {
        // No socket can be opened: the bridge sends every call over HTTP.
        (window as unknown as { WebSocket: unknown }).WebSocket = function NoSocket() {
          throw new Error('bench: HTTP only');
        };
      });
    await page.goto(preview.server.url);
    await page.locator('.letter-item').first().waitFor({ timeout: 120_000 });
    const listRows = await page.locator('.letter-item').count();
    // Main's side of each request the page makes: the handler's search, and its answer as JSON.
    const service = preview.services.corpusService;
    const searchLetters = service.searchLetters.bind(service);
    const handlerTimes: number[] = [];
    const jsonTimes: number[] = [];
    const sizes: number[] = [];
    // Main's searches ahead of the keys (main/ipc/search-ahead.ts) are counted apart: searches and their time.
    const ahead = { searches: 0, ms: 0 };
    service.searchLetters = (request) => {
      const t = performance.now();
      const answer = searchLetters(request);
      const t1 = performance.now();
      if (new Error().stack?.includes('search-ahead')) {
        ahead.searches++;
        ahead.ms += t1 - t;
        return answer;
      }
      sizes.push(JSON.stringify(answer).length);
      jsonTimes.push(performance.now() - t1);
      handlerTimes.push(t1 - t);
      return answer;
    };
    await instrument(page, AHEAD);
    // The renderer indexes numbers and titles in idle time once the letters are in (useQuickLetters).
    await page.waitForTimeout(count / 10);
    await page.locator('#library-search').focus();
    await typeWord(page, WARM_UP);
    const reset = () =>
      page.evaluate(() => {
        const w = window as unknown as {
          __keyTimes: number[];
          __firstTimes: number[];
          __firstQuick: number;
          __callTimes: number[];
          __phases: unknown[];
          __ahead: boolean[];
          __inFirstFrame: boolean[];
          __frameTimes: number[];
        };
        w.__keyTimes.length = 0;
        w.__firstTimes.length = 0;
        w.__firstQuick = 0;
        w.__callTimes.length = 0;
        w.__phases.length = 0;
        w.__ahead.length = 0;
        w.__inFirstFrame.length = 0;
        w.__frameTimes.length = 0;
      });
    const firsts = () =>
      page.evaluate(() => {
        const w = window as unknown as { __keyTimes: number[]; __firstTimes: number[]; __firstQuick: number };
        return { full: w.__keyTimes, first: w.__firstTimes, quick: w.__firstQuick };
      });
    await reset();
    for (const list of [handlerTimes, jsonTimes, sizes]) list.length = 0;
    ahead.searches = 0;
    ahead.ms = 0;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = async (): Promise<PageCpu> => {
      const { metrics: all } = await cdp.send('Performance.getMetrics');
      const of = (name: string) => all.find((m) => m.name === name)?.value ?? 0;
      return {
        TaskDuration: of('TaskDuration'),
        ScriptDuration: of('ScriptDuration'),
        LayoutDuration: of('LayoutDuration'),
        RecalcStyleDuration: of('RecalcStyleDuration'),
      };
    };
    const pageBefore = await metrics();
    const nodeBefore = process.cpuUsage();
    for (let r = 0; r < ROUNDS; r++) for (const word of WORDS) await typeWord(page, word);
    const nodeCpu = process.cpuUsage(nodeBefore);
    const pageAfter = await metrics();
    const keyTimes = await page.evaluate(() => (window as unknown as { __keyTimes: number[] }).__keyTimes);
    const callTimes = await page.evaluate(() => (window as unknown as { __callTimes: number[] }).__callTimes);
    const allPhases = await page.evaluate(() => (window as unknown as { __phases: number[][] }).__phases);
    const aheadFlags = await page.evaluate(() => (window as unknown as { __ahead: boolean[] }).__ahead);
    const frameTimes = await page.evaluate(() => (window as unknown as { __frameTimes: number[] }).__frameTimes);
    const inFirstFrame = (await page.evaluate(() => (window as unknown as { __inFirstFrame: boolean[] }).__inFirstFrame)).filter(
      Boolean,
    ).length;
    const aheadSearches = { ...ahead };
    // The phases of keys that went to main (a round trip); keys answered ahead apart.
    const phases = allPhases.filter((_, i) => !aheadFlags[i]);
    const aheadPhases = allPhases.filter((_, i) => aheadFlags[i]);
    const aheadKeyTimes = keyTimes.filter((_, i) => aheadFlags[i]);
    const tripKeyTimes = keyTimes.filter((_, i) => !aheadFlags[i]);
    const first = await firsts();
    service.searchLetters = searchLetters;
    await reset();
    for (let r = 0; r < ROUNDS; r++) for (const word of NAMED) await typeWord(page, word);
    const named = await firsts();
    await typeWord(page, WORDS.at(-1)!);
    const resultRows = await page.locator('.search-hit').count();
    const totals = (await page.locator('.search-count').textContent()) ?? '';
    // Main alone, the same prefixes as typed, as the page asks (limit, snippets); and ranking and
    // grouping alone (one letter, one snippet: almost no snippets cut).
    const mainTimes: number[] = [];
    const rankTimes: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      for (const word of WORDS) {
        for (let i = 1; i <= word.length; i++) {
          const t = performance.now();
          service.searchLetters({ query: word.slice(0, i), limit: SEARCH_LETTERS, snippets: SEARCH_SNIPPETS });
          const t1 = performance.now();
          service.searchLetters({ query: word.slice(0, i), limit: 1, snippets: 1 });
          mainTimes.push(t1 - t);
          rankTimes.push(performance.now() - t1);
        }
      }
    }
    const both = (values: number[]): [number, number] => [quantile(values, 0.5), quantile(values, 0.95)];
    const column = (k: number) => phases.map((p) => p[k]!);
    const perKey = (seconds: number) => (seconds * 1000) / keyTimes.length;
    return {
      letters: count,
      cpu: {
        page: {
          TaskDuration: perKey(pageAfter.TaskDuration - pageBefore.TaskDuration),
          ScriptDuration: perKey(pageAfter.ScriptDuration - pageBefore.ScriptDuration),
          LayoutDuration: perKey(pageAfter.LayoutDuration - pageBefore.LayoutDuration),
          RecalcStyleDuration: perKey(pageAfter.RecalcStyleDuration - pageBefore.RecalcStyleDuration),
        },
        node: (nodeCpu.user + nodeCpu.system) / 1000 / keyTimes.length,
      },
      load,
      listRows,
      main50: quantile(mainTimes, 0.5),
      main95: quantile(mainTimes, 0.95),
      call50: quantile(callTimes, 0.5),
      call95: quantile(callTimes, 0.95),
      key50: quantile(keyTimes, 0.5),
      key95: quantile(keyTimes, 0.95),
      keyMax: Math.max(...keyTimes),
      keys: keyTimes.length,
      first: [quantile(first.first, 0.5), quantile(first.first, 0.95), Math.max(...first.first)],
      firstQuick: first.quick,
      named: { first: both(named.first), full: both(named.full), keys: named.full.length, quick: named.quick },
      resultRows,
      totals,
      ahead: {
        keys: aheadKeyTimes.length,
        inFirstFrame,
        frame: both(frameTimes),
        painted: both(aheadKeyTimes),
        trip: both(tripKeyTimes),
        commit: both(aheadPhases.map((p) => p[2]!)),
        paint: both(aheadPhases.map((p) => p[3]!)),
        searches: aheadSearches.searches / keyTimes.length,
        ms: aheadSearches.ms / keyTimes.length,
      },
      phases: {
        before: both(column(0)),
        call: both(column(1)),
        render: both(column(2)),
        paint: both(column(3)),
        handler: both(handlerTimes),
        ranking: both(rankTimes),
        json: both(jsonTimes),
      },
      bytes: quantile(sizes, 0.5),
    };
  } finally {
    await browser.close();
    await preview.close();
    await rm(data, { recursive: true, force: true });
  }
};

const pair = ([a, b]: [number, number]): string => (Number.isNaN(a) ? '–' : `${a.toFixed(1)} / ${b.toFixed(1)} ms`);
const benchStarted = performance.now();
const loadAtStart = loadavg()[0]!;
const rows: Row[] = [];
for (const size of SIZES) {
  console.log(`${size.toLocaleString('en')} letters…`);
  rows.push(await benchSize(size));
}
if (process.env.BENCH_KEEP === '0')
  for (const size of SIZES) await rm(join(tmpdir(), `dossier-bench-library-${size}`), { recursive: true, force: true });

console.log(
  `\nLibrary in Chromium (load average ${loadavg()[0]!.toFixed(1)} on this machine; search runs in main; answers ahead of the keys ${AHEAD ? 'used' : 'not used (BENCH_AHEAD=0)'}; the bridge: ${TRANSPORT === 'http' ? "the preview's HTTP fallback, one request per call" : "the preview's WebSocket, one message each way as Electron's IPC"})\n`,
);
console.log(
  '| Letters | Open (cold) | Letter rows in page | Search in main p50 / p95 | Bridge call p50 / p95 | Key → results painted p50 / p95 / max (keys) | Result rows in page | Last count shown |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
for (const r of rows) {
  console.log(
    `| ${r.letters.toLocaleString('en')} | ${r.load.toFixed(1)} s | ${r.listRows} | ${ms(r.main50)} / ${ms(r.main95)} | ${ms(r.call50)} / ${ms(r.call95)} | ${ms(r.key50)} / ${ms(r.key95)} / ${ms(r.keyMax)} (${r.keys}) | ${r.resultRows} | ${r.totals} |`,
  );
}
console.log(
  "\nFirst answer: key → the first results painted for the query typed, the renderer's own (letters named by number or title, useQuickLetters) when it has one, else main's; main's full results replace it. Named: NAMED typed key by key (letters named by title).\n",
);
console.log(
  '| Letters | Key → first answer p50 / p95 / max | Keys answered by the renderer | Named: first answer p50 / p95 | full results p50 / p95 | answered by the renderer |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
for (const { letters, first: f, firstQuick, keys, named: p } of rows) {
  console.log(
    `| ${letters.toLocaleString('en')} | ${ms(f[0])} / ${ms(f[1])} / ${ms(f[2])} | ${firstQuick} of ${keys} | ${pair(p.first)} | ${pair(p.full)} | ${p.quick} of ${p.keys} |`,
  );
}
console.log(
  "\nWhere a key's time goes, p50 / p95, keys that went to main: in the page (key → request sent, bridge call, response → results committed by React, commit → painted frame); in main during typing (the handler's search, its answer to JSON, the answer's size p50); main alone ranking and grouping (1 letter, 1 snippet).\n",
);
console.log('| Letters | Key → sent | Bridge call | React render | Paint | Main handler | JSON | Answer | Ranking + grouping |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const { letters, phases: p, bytes } of rows) {
  console.log(
    `| ${letters.toLocaleString('en')} | ${pair(p.before)} | ${pair(p.call)} | ${pair(p.render)} | ${pair(p.paint)} | ${pair(p.handler)} | ${pair(p.json)} | ${(bytes / 1024).toFixed(1)} kB | ${pair(p.ranking)} |`,
  );
}
console.log(
  "\nAnswers ahead of the keys (main/ipc/search-ahead.ts): keys whose results main had given before the key (shown from the key's own event, no round trip), keys whose results were in the first frame after the key (committed before that frame began, however late it came), key → that frame painted (the typed character's own frame: the floor for any answer, as a frame comes 0–16.7 ms after a key at 60 Hz), key → painted of those and of the keys that went to main, key → committed and commit → painted of those; main's searches ahead per key typed and their time per key.\n",
);
console.log(
  '| Letters | Keys answered ahead | Results in the first frame after the key | Key → its first frame painted (floor) | Key → painted, ahead | Key → painted, round trip | Key → committed, ahead | Commit → painted, ahead | Searches ahead per key | Main ahead per key |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const { letters, keys, ahead: a } of rows) {
  console.log(
    `| ${letters.toLocaleString('en')} | ${a.keys} of ${keys} | ${a.inFirstFrame} of ${keys} | ${pair(a.frame)} | ${pair(a.painted)} | ${pair(a.trip)} | ${pair(a.commit)} | ${pair(a.paint)} | ${a.searches.toFixed(1)} | ${ms(a.ms)} |`,
  );
}
console.log(
  "\nCPU per key typed (ms): the page's main thread (Chrome's Performance.getMetrics: all tasks, of which script, layout, style; the typing driver's own polling included) and this Node process (main's handlers, the preview server, Playwright), user + sys.\n",
);
console.log('| Letters | Page: tasks | script | layout | style | Node process |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
for (const { letters, cpu } of rows) {
  const p = cpu.page;
  console.log(
    `| ${letters.toLocaleString('en')} | ${p.TaskDuration.toFixed(2)} | ${p.ScriptDuration.toFixed(2)} | ${p.LayoutDuration.toFixed(2)} | ${p.RecalcStyleDuration.toFixed(2)} | ${cpu.node.toFixed(2)} |`,
  );
}
const cpu = process.cpuUsage();
console.log(
  `\nThis run: ${((performance.now() - benchStarted) / 1000).toFixed(1)} s wall, this Node process ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU (user + sys; Chromium's own not included), load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end.`,
);
const first = rows.find((r) => r.letters === 10_000);
if (first)
  console.log(
    `\nTarget: key → results painted p95 ≤ 16 ms at 10,000 letters: ${first.key95 <= 16 ? 'met' : 'NOT met'} (${ms(first.key95)}).`,
  );
