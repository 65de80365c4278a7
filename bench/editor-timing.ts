import type { CDPSession, Page } from '@playwright/test';

/** The `p`th percentile (0–100) of `values`, nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export interface Counts {
  keystrokes: number;
  drops: number;
  /** The index of the own paragraph typed in and of the passage dropped on. */
  middle: number;
}

/**
 * Times keystrokes and drops in the open briefing (see bench/editor.ts), in ms. In the page: the
 * `keydown` / `drop` event's timeStamp (capture phase, before the editor) starts a sample; a
 * MutationObserver on the page sees the change (`done()` holds); the next animation frame
 * posts a message, which runs after that frame has been painted: that moment ends the sample.
 */
export async function editorTimings(page: Page, counts: Counts) {
  await installSampler(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  let before = await rendererTimes(cdp);
  const keystrokes = await typeTimed(page, counts);
  const keyCpu = since(before, (before = await rendererTimes(cdp)), counts.keystrokes + 10);
  const { drops, letterFetches, dropWaits } = await dropTimed(page, counts);
  const dropCpu = since(before, await rendererTimes(cdp), counts.drops + 3);
  const [passages, notes] = await page.evaluate(() => [
    document.querySelectorAll('.ed-passage').length,
    document.querySelectorAll('.ed-notes-list li').length,
  ]);
  return { keystrokes, drops, letterFetches, dropWaits, keyCpu, dropCpu, passages: passages!, notes: notes! };
}

/** The page's renderer: main-thread busy time (`TaskDuration`) and the process's CPU time (`ProcessTime`), in s. */
async function rendererTimes(cdp: CDPSession): Promise<{ task: number; process: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? Number.NaN;
  return { task: value('TaskDuration'), process: value('ProcessTime') };
}

/** Per operation (ms), over `count` operations: the renderer's main-thread busy time and its process CPU time. */
function since(a: { task: number; process: number }, b: { task: number; process: number }, count: number) {
  return { task: ((b.task - a.task) * 1000) / count, process: ((b.process - a.process) * 1000) / count };
}

/** Puts the sampler described at `editorTimings` into the page (once per page). */
export async function installSampler(page: Page): Promise<void> {
  // tsx names functions (esbuild keepNames: `__name(fn, "…")`); the page needs that helper too.
  await page.evaluate('window.__name = (fn) => fn');
  await page.evaluate(() => {
    const w = window as unknown as Bench;
    w.__samples = [];
    w.__start = null;
    w.__done = () => false;
    for (const type of ['keydown', 'drop']) document.addEventListener(type, (event) => void (w.__start = event.timeStamp), true);
    const channel = new MessageChannel();
    let started = 0;
    channel.port1.onmessage = () => w.__samples.push(performance.now() - started);
    new MutationObserver(() => {
      if (w.__start === null || !w.__done()) return;
      started = w.__start;
      w.__start = null;
      requestAnimationFrame(() => channel.port2.postMessage(null));
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

interface Bench {
  __samples: number[];
  __start: number | null;
  __done: () => boolean;
}

const samplesTaken = (page: Page) => page.evaluate(() => (window as unknown as Bench).__samples.length);

/** Types at the end of an own paragraph in the middle of the briefing; the first ten keys warm up. */
export async function typeTimed(page: Page, { keystrokes, middle }: Counts): Promise<number[]> {
  const paragraph = page.locator('[contenteditable="true"] > p').nth(middle);
  await paragraph.scrollIntoViewIfNeeded();
  await paragraph.click();
  await page.keyboard.press('End');
  await page.evaluate(() => {
    const w = window as unknown as Bench;
    w.__samples.length = 0;
    // The caret's text node holds one more character than before the key.
    let before = getSelection()?.anchorNode?.textContent?.length ?? 0;
    w.__done = () => {
      const now = getSelection()?.anchorNode?.textContent?.length ?? 0;
      if (now <= before) return false;
      before = now;
      return true;
    };
  });
  for (let i = 0; i < keystrokes + 10; i++) {
    const n = await samplesTaken(page);
    await page.keyboard.press('abcdefghij'[i % 10]!);
    await page.waitForFunction((count) => (window as unknown as Bench).__samples.length > count, n, { timeout: 10_000 });
    await page.waitForTimeout(40);
  }
  return (await page.evaluate(() => (window as unknown as Bench).__samples)).slice(10);
}

/**
 * Drags paragraphs of the first letter onto the middle passage with the mouse; the first three warm
 * up. Also returns, per timed drop, the `corpusLetter` round trip the app starts at drag start
 * (ms, call to answer, timed by wrapping the page's bridge method) and how long after the `drop`
 * event that answer came (0 when it was there before the drop: the drop did not wait for it).
 */
export async function dropTimed(
  page: Page,
  { drops, middle }: Counts,
): Promise<{ drops: number[]; letterFetches: number[]; dropWaits: number[] }> {
  await page.getByRole('region', { name: 'Bibliotheek' }).locator('.letter-item').first().click();
  // By class, not by role: the driver finds a handle several times per drop, and a role query
  // computes the role of every element in the page (~20 ms of the renderer's main thread a drop,
  // outside the timed span but competing with it for the two cores; session 11).
  const handles = page.locator('.pane-reader .drag-handle');
  await handles.first().waitFor();
  const handleCount = await handles.count();
  await page.evaluate(() => {
    const w = window as unknown as Bench;
    w.__samples.length = 0;
    // Live collections: counted again only after a change. A dropped passage brings its notes (at
    // least its citation), so the list has more rows once it is in. (Until session 10 this compared
    // the list's whole text, 800 rows read after every mutation batch: ~2–5 ms of the bench's own in
    // each sample.)
    const passages = document.getElementsByClassName('ed-passage');
    const rows = document.getElementsByClassName('ed-note');
    let before = [passages.length, rows.length] as const;
    w.__done = () => {
      if (passages.length <= before[0] || rows.length <= before[1]) return false;
      before = [passages.length, rows.length];
      return true;
    };
  });
  await page.evaluate(() => {
    const w = window as unknown as Fetches;
    w.__fetches = [];
    w.__drops = [];
    document.addEventListener('drop', (event) => void w.__drops.push(event.timeStamp), true);
    const original = w.dossier.corpusLetter;
    w.dossier.corpusLetter = async (request) => {
      const start = performance.now();
      try {
        return await original(request);
      } finally {
        w.__fetches.push({ start, end: performance.now() });
      }
    };
  });
  for (let i = 0; i < drops + 3; i++) {
    const n = await samplesTaken(page);
    const handle = handles.nth((i * 3) % handleCount);
    await handle.scrollIntoViewIfNeeded();
    const from = (await handle.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 5, { steps: 3 });
    const target = page.locator('.ed-passage').nth(middle);
    // Centred, so that no part of it is under the briefing's sticky toolbar (a drop there is no drop).
    await target.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await page.evaluate(() => new Promise(requestAnimationFrame));
    const to = (await target.boundingBox())!;
    const y = Math.min(Math.max(to.y + to.height * 0.25, 300), to.y + to.height - 10);
    await page.mouse.move(to.x + Math.min(to.width / 2, 200), y, { steps: 8 });
    await page.mouse.up();
    await page.waitForFunction((count) => (window as unknown as Bench).__samples.length > count, n, { timeout: 20_000 });
    await page.waitForTimeout(100);
  }
  const { fetches, dropTimes } = await page.evaluate(() => {
    const w = window as unknown as Fetches;
    return { fetches: w.__fetches, dropTimes: w.__drops };
  });
  // Each drop's fetch: the last one started before it.
  const mine = dropTimes.map((at) => fetches.filter((fetch) => fetch.start <= at).at(-1));
  return {
    drops: (await page.evaluate(() => (window as unknown as Bench).__samples)).slice(3),
    letterFetches: mine.slice(3).flatMap((fetch) => (fetch ? [fetch.end - fetch.start] : [])),
    dropWaits: mine.slice(3).flatMap((fetch, i) => (fetch ? [Math.max(0, fetch.end - dropTimes[i + 3]!)] : [])),
  };
}

interface Fetches {
  __fetches: { start: number; end: number }[];
  __drops: number[];
  dossier: { corpusLetter(request: unknown): Promise<unknown> };
}
