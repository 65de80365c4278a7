import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Page } from '@playwright/test';

import type { DossierApi } from '../../app/ipc/contract';
import { generateCorpus } from '../../bench/corpus-letters';
import { expect, projectRoot, screenshotDir, test } from './fixtures';

const library = (page: Page) => page.getByRole('region', { name: 'Bibliotheek' });

test('21 loading: a large folder shows counts and time left, Afbreken stops it and the letters read so far stay usable', async ({
  page,
  dossier,
}) => {
  test.setTimeout(180_000);
  const root = await mkdtemp(join(tmpdir(), 'dossier-e2e-load-'));
  const folder = join(root, 'groot');
  await generateCorpus(join(projectRoot, 'assets', 'corpus'), folder, 4000);
  try {
    // As "Map openen…" would after the user picked the folder.
    dossier.preview.services.grants.grant(folder, 'corpus-read');
    void page.evaluate((path) => (window as unknown as { dossier: DossierApi }).dossier.corpusOpen({ paths: [path] }), folder);

    const progress = library(page).locator('.corpus-progress');
    await expect(progress).toContainText(/Brieven lezen: [\d.]+ van 4\.000/, { timeout: 30_000 });
    await expect(progress).toContainText(/nog ongeveer \d+ (seconde|seconden|minuut|minuten)/, { timeout: 20_000 });
    await library(page).screenshot({ path: join(screenshotDir, 'issue21-loading.png') });
    await progress.getByRole('button', { name: 'Afbreken' }).click();

    const stopped = library(page).getByRole('status').filter({ hasText: 'Inlezen afgebroken' });
    await expect(stopped).toBeVisible({ timeout: 30_000 });
    const read = Number((await stopped.textContent())!.match(/afgebroken: ([\d.]+) van/)![1]!.replace(/\./g, ''));
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(4000);
    await expect(progress).toBeHidden();
    // The letters read so far are the corpus: listed, and found by search.
    const list = library(page).getByRole('listbox', { name: 'Brieven' });
    await expect(list.getByRole('option').first()).toHaveAttribute('aria-setsize', String(read));
    await page.getByRole('combobox', { name: 'Zoeken in het corpus' }).fill('oekraine');
    await expect(library(page).locator('.search-count')).toHaveText(/treffers in [\d.]+ brieven/);
    await library(page).screenshot({ path: join(screenshotDir, 'issue21-loading-cancelled.png') });
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
