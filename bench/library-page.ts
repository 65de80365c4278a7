/** The page side of bench:library (bench/library.ts): timing each key in the search box in the page, and typing. */
import type { Page } from '@playwright/test';

/**
 * In the page: times each key in the search box to its first answer painted (`window.__firstTimes`,
 * the renderer's own when the status says `data-stage="quick"`, counted in `__firstQuick`) and to
 * main's full results painted (`window.__keyTimes`), and
 * splits that time (`window.__phases`, performance marks around the bridge call and at the commit):
 * key → request sent (React's update and effect), the bridge call (HTTP round trip and main's
 * work), response → results committed (React render), commit → painted frame; a key whose answer
 * main had given ahead (no bridge call since the key) is marked in `window.__ahead` and its
 * phases read 0, 0, key → committed, commit → painted; `window.__inFirstFrame` says per key whether
 * its results were committed before the first frame after the key began (so they are in it), and
 * `window.__frameTimes` the time from each key to that first frame painted (the typed character
 * itself: the floor any answer shown in that frame has). `ahead` false: no answers ahead (every
 * corpusSearchAhead answers none), to measure the round trip alone.
 */
export const instrument = (page: Page, ahead = true) =>
  page.evaluate((ahead) => {
    const w = window as unknown as {
      __keyTimes: number[];
      __firstTimes: number[];
      __firstQuick: number;
      __pendingFirst: number | null;
      __callTimes: number[];
      __phases: Array<[before: number, call: number, render: number, paint: number]>;
      __ahead: boolean[];
      __inFirstFrame: boolean[];
      __frameTimes: number[];
      __pending: number | null;
      dossier: Record<string, (request: unknown) => Promise<unknown>>;
    };
    w.__keyTimes = [];
    w.__firstTimes = [];
    w.__firstQuick = 0;
    w.__pendingFirst = null;
    w.__callTimes = [];
    w.__phases = [];
    w.__ahead = [];
    w.__inFirstFrame = [];
    w.__frameTimes = [];
    w.__pending = null;
    // Without answers ahead (BENCH_AHEAD=0): main answers every batch with none, so each key goes to main.
    if (!ahead) w.dossier.corpusSearchAhead = async () => ({ ok: true, value: { answers: [], next: null } });
    let sent = 0;
    let received = 0;
    // The bridge call's round trip (request, main's work, response), beside the whole key → paint.
    const search = w.dossier.corpusSearchLetters!;
    w.dossier.corpusSearchLetters = async (request) => {
      const t = performance.now();
      const answer = await search(request);
      const now = performance.now();
      w.__callTimes.push(now - t);
      sent = t;
      received = now;
      return answer;
    };
    const input = document.getElementById('library-search') as HTMLInputElement;
    // Whether the frame after the key has begun (its animation frame callbacks ran) when the results commit.
    let frameBegun = true;
    input.addEventListener(
      'keydown',
      (e) => {
        w.__pending = w.__pendingFirst = e.timeStamp;
        frameBegun = false;
        const key = e.timeStamp;
        requestAnimationFrame(() => {
          frameBegun = true;
          channel.port2.postMessage(['frame', key]);
        });
      },
      true,
    );
    const channel = new MessageChannel();
    let start = 0;
    let commit = 0;
    let phase: [number, number, number] = [0, 0, 0];
    let startFirst = 0;
    channel.port1.onmessage = (message) => {
      const now = performance.now();
      if (message.data === 'first') return void w.__firstTimes.push(now - startFirst);
      if (Array.isArray(message.data)) return void w.__frameTimes.push(now - (message.data[1] as number));
      w.__keyTimes.push(now - start);
      w.__phases.push([...phase, now - commit]);
    };
    new MutationObserver(() => {
      const count = document.querySelector('.search-count');
      const shown = count?.getAttribute('data-query');
      if (shown !== input.value.trim()) return;
      // The first answer shown for this key: the renderer's own (stage quick) or main's.
      if (w.__pendingFirst !== null) {
        startFirst = w.__pendingFirst;
        w.__pendingFirst = null;
        if (count?.getAttribute('data-stage') === 'quick') w.__firstQuick++;
        requestAnimationFrame(() => channel.port2.postMessage('first'));
      }
      if (w.__pending === null || count?.getAttribute('data-stage') !== 'full') return;
      start = w.__pending;
      commit = performance.now();
      // No bridge call since the key: main's answer was in the page already (given ahead of the key).
      const ahead = sent < start;
      w.__ahead.push(ahead);
      w.__inFirstFrame.push(!frameBegun);
      phase = ahead ? [0, 0, commit - start] : [Math.max(0, sent - start), received - sent, commit - received];
      w.__pending = null;
      requestAnimationFrame(() => channel.port2.postMessage('full'));
    }).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-query', 'data-stage'],
      characterData: true,
    });
  }, ahead);

/** Types `word` key by key from an empty box, waiting for each key's results to be painted. */
export const typeWord = async (page: Page, word: string): Promise<void> => {
  const input = page.locator('#library-search');
  await input.fill('');
  await page.waitForTimeout(50);
  for (let i = 0; i < word.length; i++) {
    const before = await page.evaluate(() => (window as unknown as { __keyTimes: number[] }).__keyTimes.length);
    await page.keyboard.type(word[i]!);
    await page.waitForFunction((n) => (window as unknown as { __keyTimes: number[] }).__keyTimes.length > n, before, { timeout: 30_000 });
    // About a fast typist's pace between keys.
    await page.waitForTimeout(60);
  }
};
