import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';

const L000 = '000_b4e4b4ff528499ed.txt';

const results = (page: Page) => page.getByRole('listbox', { name: 'Zoekresultaten' }).getByRole('option');

/** Holds main's search answers in the page until `release` (window.__release) is called. */
const holdAnswers = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as {
      dossier: Record<string, (r: unknown) => Promise<unknown>>;
      __held: Array<() => void>;
      __release: () => void;
    };
    const search = w.dossier.corpusSearchLetters!;
    w.__held = [];
    w.__release = () => w.__held.splice(0).forEach((go) => go());
    w.dossier.corpusSearchLetters = (request) => new Promise((resolve) => w.__held.push(() => resolve(search(request))));
  });
const release = (page: Page) => page.evaluate(() => (window as unknown as { __release: () => void }).__release());

test('21: a paper number shows its letter at once from the renderer, marked as such until main has searched the text', async ({
  page,
  dossier,
}) => {
  void dossier;
  const search = page.getByRole('combobox', { name: 'Zoeken in het corpus' });
  const status = page.locator('.search-count');
  await expect(page.locator('.letter-item').first()).toBeVisible();
  await holdAnswers(page);

  // Main has not answered: the letter named by its own number is there, its hits still being counted.
  await search.fill('36 045, nr. 264');
  await expect(status).toHaveText('1 brief op nummer of titel; de tekst wordt nog doorzocht…');
  await expect(status).toHaveAttribute('data-stage', 'quick');
  await expect(results(page)).toHaveCount(1);
  await expect(results(page).first()).toHaveAttribute('data-file', L000);
  await expect(results(page).first()).toContainText('eigen nummer');
  await expect(results(page).first()).toContainText('treffers tellen…');
  await expect(page.getByRole('listbox', { name: 'Zoekresultaten' })).toHaveAttribute('aria-busy', 'true');

  // Main's answer replaces it: the same letter first, now with its hits and the real totals.
  await release(page);
  await expect(status).toHaveText(/^\d+ treffers? in \d+ brieven?$/);
  await expect(status).toHaveAttribute('data-stage', 'full');
  await expect(results(page).first()).toHaveAttribute('data-file', L000);
  await expect(results(page).first()).toContainText('eigen nummer');
  await expect(results(page).first()).not.toContainText('treffers tellen…');

  // A query that names no letter by number or title waits for main: the previous results stay until then.
  await search.fill('Yesilgoz');
  await page.waitForTimeout(200);
  await expect(status).toHaveAttribute('data-query', '36 045, nr. 264');
  await release(page);
  await expect(status).toHaveAttribute('data-query', 'Yesilgoz');
  await expect(status).toHaveText(/^\d+ treffers in \d+ brieven$/);

  // Enter on the first answer opens the letter.
  await search.fill('kst-36045-264');
  await expect(status).toHaveAttribute('data-stage', 'quick');
  await search.press('Enter');
  await expect(page.getByRole('region', { name: 'Lezer' }).locator(`article[data-file="${L000}"]`)).toBeVisible();
  await release(page);
});
