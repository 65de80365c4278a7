import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Page } from '@playwright/test';

import type { DossierApi } from '../../app/ipc/contract';
import { generateCorpus } from '../../bench/corpus-letters';
import { expect, projectRoot, screenshotDir, test } from './fixtures';

const library = (page: Page) => page.getByRole('region', { name: 'Bibliotheek' });
const TOTAL = 1200;

test('21 live load: the letters read so far are listed, opened and searched before the load ends; selection and place are kept', async ({
  page,
  dossier,
}) => {
  test.setTimeout(180_000);
  const root = await mkdtemp(join(tmpdir(), 'dossier-e2e-live-'));
  const folder = join(root, 'groot');
  await generateCorpus(join(projectRoot, 'assets', 'corpus'), folder, TOTAL);
  try {
    // A pause after each worker batch: the load lasts long enough to be used while it runs.
    dossier.preview.services.corpusService.batchPauseMs = 4000;
    dossier.preview.services.grants.grant(folder, 'corpus-read');
    void page.evaluate((path) => (window as unknown as { dossier: DossierApi }).dossier.corpusOpen({ paths: [path] }), folder);

    const progress = library(page).locator('.corpus-progress');
    const list = library(page).getByRole('listbox', { name: 'Brieven' });
    await expect(progress).toBeVisible({ timeout: 30_000 });
    // The first letters read are listed while the load goes on: the library is the new folder's.
    await expect(library(page).getByRole('heading', { name: 'groot', level: 2 })).toBeVisible({ timeout: 30_000 });
    await expect(list.getByRole('option').first()).toHaveAttribute('aria-setsize', /^\d+$/, { timeout: 30_000 });
    const listed = async () => Number(await list.getByRole('option').first().getAttribute('aria-setsize'));
    await expect.poll(listed, { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await listed()).toBeLessThan(TOTAL);
    await expect(progress).toBeVisible();

    // Scrolled down a little, the letter first in view opened during the load: the reader shows it.
    const scroller = library(page).locator('.letter-scroll');
    await scroller.evaluate((el) => (el.scrollTop = 200));
    const firstInView = () =>
      scroller.evaluate((el) => {
        const top = el.getBoundingClientRect().top;
        const rows = [...el.querySelectorAll<HTMLElement>('.letter-item')].filter((row) => row.getBoundingClientRect().top >= top - 1);
        rows.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
        return { file: rows[0]!.dataset.file!, offset: Math.round(rows[0]!.getBoundingClientRect().top - top) };
      });
    const before = await firstInView();
    const file = before.file;
    await list.locator(`[data-file="${file}"]`).click();
    await expect(page.locator('article.reader')).toHaveAttribute('data-file', file, { timeout: 15_000 });
    await expect(progress).toBeVisible();

    // More letters come in (sorted in above and below it): the letter stays selected and where it stood.
    const count = await listed();
    await expect.poll(listed, { timeout: 30_000 }).toBeGreaterThan(count);
    const after = await firstInView();
    expect(after.file).toBe(before.file);
    expect(Math.abs(after.offset - before.offset)).toBeLessThanOrEqual(2);
    await expect(list.locator(`[data-file="${file}"]`)).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('article.reader')).toHaveAttribute('data-file', file);
    await expect(progress).toBeVisible();

    // Searched during the load: the letters read so far are found.
    await page.getByRole('combobox', { name: 'Zoeken in het corpus' }).fill('oekraine');
    const found = library(page).locator('.search-count');
    await expect(found).toHaveText(/treffers in [\d.]+ brieven/, { timeout: 15_000 });
    const lettersFound = async () => Number((await found.textContent())!.match(/in ([\d.]+) brieven/)![1]!.replace(/\./g, ''));
    const during = await lettersFound();
    expect(during).toBeLessThan(TOTAL);
    await expect(progress).toBeVisible();
    await library(page).screenshot({ path: join(screenshotDir, 'issue21-live-load.png') });

    // At the end all letters are there, and the search has found more of them.
    await expect(progress).toBeHidden({ timeout: 120_000 });
    await expect.poll(lettersFound, { timeout: 30_000 }).toBeGreaterThan(during);
    await page.getByRole('combobox', { name: 'Zoeken in het corpus' }).fill('');
    await expect(list.getByRole('option').first()).toHaveAttribute('aria-setsize', String(TOTAL));
    await expect(page.locator('article.reader')).toHaveAttribute('data-file', file);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
