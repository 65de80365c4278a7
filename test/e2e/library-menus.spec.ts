import { cp, mkdir } from 'node:fs/promises';
import { join } from 'node:path';

import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';

const library = (page: Page) => page.getByRole('region', { name: 'Bibliotheek' });
const reader = (page: Page) => page.getByRole('region', { name: 'Lezer' });

// Found by a fresh tester: panels and menus that closed too early, or not at all.
test('the filter panel stays open while its last filter is cleared', async ({ page, dossier }) => {
  void dossier;
  await library(page).getByText('Sorteren en filteren').click();
  const from = library(page).getByLabel('Vanaf');
  await from.fill('2025-09-01');
  await expect(library(page).locator('.letter-item')).toHaveCount(2);
  await from.fill('');
  await expect(library(page).locator('.letter-item')).toHaveCount(5);
  await expect(library(page).locator('details.filters')).toHaveAttribute('open', '');
  await expect(from).toBeVisible();
});

test('the recent menu closes on a choice and on Escape', async ({ page, dossier }) => {
  const folder = join(dossier.workDir, 'Twee brieven');
  await mkdir(folder, { recursive: true });
  for (const file of ['000_b4e4b4ff528499ed.txt', '004_ea691d26e1781c0b.txt']) await cp(join(dossier.corpusDir, file), join(folder, file));
  dossier.preview.dialogs.answer(folder);
  await library(page).getByRole('button', { name: 'Map openen…' }).click();
  await expect(library(page).getByRole('heading', { name: 'Twee brieven' })).toBeVisible();

  const menu = library(page).locator('details.recent-menu');
  await menu.locator('summary').click();
  await expect(menu).toHaveAttribute('open', '');
  await page.keyboard.press('Escape');
  await expect(menu).not.toHaveAttribute('open', '');

  await menu.locator('summary').click();
  await menu.getByRole('button', { name: /Voorbeeldcorpus/ }).click();
  await expect(library(page).getByRole('heading', { name: 'Voorbeeldcorpus' })).toBeVisible();
  await expect(menu).not.toHaveAttribute('open', '');
});

test('the citation map stays closed for the next letter once the user closed it', async ({ page, dossier }) => {
  void dossier;
  const items = library(page).locator('.letter-item');
  await items.nth(0).click();
  const map = reader(page).locator('details.citation-map');
  await expect(map).toHaveAttribute('open', '');
  await map.locator('summary').click();
  await expect(map).not.toHaveAttribute('open', '');
  await items.nth(1).click();
  await expect(reader(page).locator('details.citation-map')).not.toHaveAttribute('open', '');
});
