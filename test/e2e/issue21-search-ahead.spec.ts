import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';

type Envelope = { ok: boolean; value?: { next: number | null } };
type Api = Record<string, (request: unknown) => Promise<Envelope>>;

const results = (page: Page) => page.getByRole('listbox', { name: 'Zoekresultaten' }).getByRole('option');
const filesShown = (page: Page) => results(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-file')));

/**
 * In the page: records the query of each search ahead main finished (`__aheadDone`), and holds
 * main's searches (corpusSearchLetters) from `hold()` on, counting them (`__asked`), until `__release`.
 */
const watchBridge = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as {
      dossier: Api;
      __aheadDone: string[];
      __asked: string[];
      __hold: boolean;
      __held: Array<() => void>;
      __release: () => void;
      __search: Api[string];
    };
    const ahead = w.dossier.corpusSearchAhead!;
    const search = w.dossier.corpusSearchLetters!;
    Object.assign(w, { __aheadDone: [], __asked: [], __hold: false, __held: [], __search: search });
    w.__release = () => w.__held.splice(0).forEach((go) => go());
    w.dossier.corpusSearchAhead = async (request) => {
      const answer = await ahead(request);
      if (answer.ok && answer.value!.next === null) w.__aheadDone.push((request as { search: { query: string } }).search.query);
      return answer;
    };
    w.dossier.corpusSearchLetters = (request) => {
      if (!w.__hold) return search(request);
      w.__asked.push((request as { query: string }).query);
      return new Promise((resolve) => w.__held.push(() => resolve(search(request))));
    };
  });

test("21: a key shows main's results from its own event when main gave them ahead; a key taken back shows the answer seen before", async ({
  page,
  dossier,
}) => {
  void dossier;
  const search = page.getByRole('combobox', { name: 'Zoeken in het corpus' });
  const status = page.locator('.search-count');
  await expect(page.locator('.letter-item').first()).toBeVisible();
  await watchBridge(page);

  await search.pressSequentially('oekr');
  await expect(status).toHaveAttribute('data-query', 'oekr');
  await expect(status).toHaveAttribute('data-stage', 'full');
  // Main has answered the next keys (oekr + a, …) ahead; from now on it is not asked (its searches are held).
  await page.waitForFunction(() => (window as unknown as { __aheadDone: string[] }).__aheadDone.includes('oekr'));
  const before = await filesShown(page);
  await page.evaluate(() => ((window as unknown as { __hold: boolean }).__hold = true));

  await search.press('a');
  await expect(status).toHaveAttribute('data-query', 'oekra');
  await expect(status).toHaveAttribute('data-stage', 'full');
  await expect(status).toHaveText(/^\d+ treffers? in \d+ brieven?$/);
  expect(await page.evaluate(() => (window as unknown as { __asked: string[] }).__asked)).toEqual([]);
  // The rows are main's answer to exactly that query: the same letters in the same order as asking it now.
  const shown = await filesShown(page);
  const asked = await page.evaluate(async () => {
    const w = window as unknown as { __search: Api[string] };
    const answer = (await w.__search({ query: 'oekra', limit: 20, snippets: 2 })) as unknown as {
      value: { groups: Array<{ file: string }>; totalLetters: number };
    };
    return answer.value;
  });
  expect(shown).toEqual(asked.groups.map((g) => g.file));
  expect(shown.length).toBeGreaterThan(0);
  await expect(status).toContainText(`in ${asked.totalLetters} brie`);

  // Backspace: the answer seen before for `oekr`, again without asking main.
  await search.press('Backspace');
  await expect(status).toHaveAttribute('data-query', 'oekr');
  await expect(status).toHaveAttribute('data-stage', 'full');
  expect(await filesShown(page)).toEqual(before);
  expect(await page.evaluate(() => (window as unknown as { __asked: string[] }).__asked)).toEqual([]);

  // A key main gave no answer for ahead (no term goes on that way) still asks main, and waits for it.
  await search.press('q');
  await page.waitForTimeout(200);
  await expect(status).toHaveAttribute('data-query', 'oekr');
  expect(await page.evaluate(() => (window as unknown as { __asked: string[] }).__asked)).toEqual(['oekrq']);
  await page.evaluate(() => (window as unknown as { __release: () => void }).__release());
  await expect(status).toHaveAttribute('data-query', 'oekrq');
  await expect(status).toHaveText('Geen treffers voor “oekrq”.');
});
