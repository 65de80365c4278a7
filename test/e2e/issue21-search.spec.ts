import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import { generateCorpus } from '../../bench/corpus-letters';
import { defaultPaths, startPreview } from '../../main/preview/start-preview';
import { expect, projectRoot, screenshotDir, test } from './fixtures';

const L000 = '000_b4e4b4ff528499ed.txt';
const L004 = '004_ea691d26e1781c0b.txt';

const library = (page: Page) => page.getByRole('region', { name: 'Bibliotheek' });
const results = (page: Page) => page.getByRole('listbox', { name: 'Zoekresultaten' }).getByRole('option');

const seriousAxe = async (page: Page): Promise<string[]> => {
  const axe = await new AxeBuilder({ page }).analyze();
  return axe.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
};

test('21.2: searching 36 045 shows the letter 36 045 nr. 264 first, one entry per letter, footnote hits under their letter', async ({
  page,
  dossier,
}) => {
  void dossier;
  const search = page.getByRole('combobox', { name: 'Zoeken in het corpus' });
  await search.fill('36 045');
  const options = results(page);
  // The letters named by number come first from the renderer's own index; the rows read below are main's full answer.
  await expect(page.locator('.search-count')).toHaveAttribute('data-stage', 'full');
  await expect(options.first()).toHaveAttribute('data-file', L000);
  await expect(options.first()).toContainText('dossier');
  // One entry per letter: no letter twice, however many of its blocks and notes match.
  const files = await options.evaluateAll((els) => els.map((e) => e.getAttribute('data-file')));
  expect(new Set(files).size).toBe(files.length);
  expect(files).toContain(L004);

  // Letter 004 cites 36 045 in many footnotes: one entry that says how many hits, its best
  // snippets marked "in voetnoot n", and all of them on request.
  const cites = options.and(page.locator(`.search-letter[data-file="${L004}"]`));
  const count = Number(await cites.getAttribute('data-hits'));
  expect(count).toBeGreaterThan(2);
  await expect(cites).toContainText(`${count} treffers`);
  await expect(
    cites
      .locator('.hit-badge')
      .filter({ hasText: /^in voetnoot \d+$/ })
      .first(),
  ).toBeVisible();
  const status = page.locator('.search-count');
  await expect(status).toHaveText(/^\d+ treffers in \d+ brieven$/);
  await expect(options.first()).toHaveAttribute('aria-setsize', String(files.length));

  await page.screenshot({ path: join(screenshotDir, 'issue21-grouped-search.png') });
  await library(page).screenshot({ path: join(screenshotDir, 'issue21-grouped-search-pane.png') });
  expect(await seriousAxe(page)).toEqual([]);

  await cites.getByText(`Alle ${count} treffers in deze brief tonen`).click();
  // Every hit of 004 is now a row of its own (virtualised: the set size says how many rows there are).
  const single = page.locator(`.search-hit-single[data-file="${L004}"]`);
  await expect(single.first()).toContainText('in voetnoot');
  await expect(options.first()).toHaveAttribute('aria-setsize', String(files.length + count));
  await expect(cites).toContainText('Minder tonen');
  expect(await seriousAxe(page)).toEqual([]);

  // The paper number written in full finds the letter by its own number; Enter opens it.
  await search.fill('36 045, nr. 264');
  await expect(options.first()).toHaveAttribute('data-file', L000);
  await expect(options.first()).toContainText('eigen nummer');
  await search.fill('kst-36045-264');
  await expect(options.first()).toHaveAttribute('data-file', L000);
  await search.press('Enter');
  await expect(page.getByRole('region', { name: 'Lezer' }).locator(`article[data-file="${L000}"]`)).toBeVisible();
});

test('21 scale: a 2,000-letter corpus renders under 200 rows, the keyboard reaches the last letter', async ({ page }) => {
  test.setTimeout(180_000);
  const root = await mkdtemp(join(tmpdir(), 'dossier-e2e-2000-'));
  const corpus = join(root, 'corpus');
  await generateCorpus(join(projectRoot, 'assets', 'corpus'), corpus, 2000);
  const preview = await startPreview({ ...defaultPaths(projectRoot), dataDir: join(root, 'data'), saveDir: join(root, 'work'), corpus });
  try {
    await page.goto(preview.server.url);
    const list = library(page).getByRole('listbox', { name: 'Brieven' });
    const rows = list.getByRole('option');
    await expect(rows.first()).toBeVisible({ timeout: 30_000 });
    await expect(rows.first()).toHaveAttribute('aria-setsize', '2000');
    expect(await rows.count()).toBeLessThan(200);

    // Scrolling keeps the page small.
    const scroller = library(page).locator('.letter-scroll');
    for (const top of [5_000, 40_000, 90_000]) {
      await scroller.evaluate((el, y) => (el.scrollTop = y), top);
      await expect(rows.first()).not.toHaveAttribute('aria-posinset', '1');
      expect(await rows.count()).toBeLessThan(200);
    }

    // The keyboard: Home, ArrowDown, End reach the first, the second, the last letter.
    await list.focus();
    await list.press('Home');
    await expect(list).toHaveAttribute('aria-activedescendant', /^letter-/);
    const activeOf = async () => page.locator(`#${await list.getAttribute('aria-activedescendant')}`);
    await expect(await activeOf()).toHaveAttribute('aria-posinset', '1');
    await list.press('ArrowDown');
    await expect(await activeOf()).toHaveAttribute('aria-posinset', '2');
    await list.press('End');
    await expect(list).toHaveAttribute('aria-activedescendant', /^letter-/);
    const last = await activeOf();
    await expect(last).toHaveAttribute('aria-posinset', '2000');
    await expect(last).toBeInViewport();
    await list.press('Enter');
    await expect(last).toHaveAttribute('aria-selected', 'true');
    expect(await rows.count()).toBeLessThan(200);

    // Search results are virtualised too, with real totals.
    const search = page.getByRole('combobox', { name: 'Zoeken in het corpus' });
    await search.fill('oekraine');
    await expect(page.locator('.search-count')).toHaveText(/^[\d.]+ treffers in [\d.]+ brieven$/, { timeout: 20_000 });
    const text = (await page.locator('.search-count').textContent())!;
    const letters = Number(text.match(/in ([\d.]+) brieven/)![1]!.replace(/\./g, ''));
    expect(letters).toBeGreaterThan(100);
    expect(await results(page).count()).toBeLessThan(60);
    await library(page).screenshot({ path: join(screenshotDir, 'issue21-2000-letters-search.png') });
    expect(await seriousAxe(page)).toEqual([]);
  } finally {
    await preview.close();
    await rm(root, { recursive: true, force: true });
  }
});
