import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';

/** Issue 15, "Titles": letters without a stated title show one built from their metadata, not the file name. */
const L000 = '000_b4e4b4ff528499ed.txt';
const L004 = '004_ea691d26e1781c0b.txt';
const T000 = 'Kamerbrief van 6 januari 2026 — minister van Buitenlandse Zaken en minister van Defensie';
const T004 = 'Kamerbrief, kenmerk 2026Z02395';

const library = (page: Page) => page.getByRole('region', { name: 'Bibliotheek' });
const reader = (page: Page) => page.getByRole('region', { name: 'Lezer' });

test('the library and the reader show readable titles, the file name only as secondary information', async ({ page, dossier }) => {
  void dossier;
  const item = library(page).locator(`.letter-item[data-file="${L000}"]`);
  await expect(item.locator('.letter-title')).toHaveText(T000);
  await expect(item.locator('.letter-file')).toHaveText(L000);
  for (const title of await library(page).locator('.letter-title').allTextContents()) expect(title).not.toMatch(/\.txt$/);

  await item.click();
  await expect(reader(page).locator('#reader-title')).toHaveText(T000);
  await expect(reader(page).locator('.reader-file')).toHaveText(L000);
});

test('a citation and Geciteerd door name the other letter by its title', async ({ page, dossier }) => {
  void dossier;
  await library(page).locator(`.letter-item[data-file="${L004}"]`).click();
  await expect(reader(page).locator('#reader-title')).toHaveText(T004);
  const citation = reader(page).locator('#note-fn2').getByRole('link', { name: 'Kamerstuk 36 045, nr. 264' });
  await expect(citation).toHaveAttribute('title', `Open ${T000}`);

  await citation.click();
  await expect(reader(page).locator('#reader-title')).toHaveText(T000);
  const citedBy = reader(page).getByRole('region', { name: 'Geciteerd door' });
  await expect(citedBy.locator(`[data-target="${L004}"]`)).toHaveText(T004);
});
