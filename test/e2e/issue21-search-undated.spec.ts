import { join } from 'node:path';

import type { Page } from '@playwright/test';

import { expect, screenshotDir, test } from './fixtures';

const rowTexts = (page: Page) =>
  page.locator('.letter-item').evaluateAll((items) =>
    items.map((i) => ({
      heading: i.querySelector('.letter-group-heading')?.textContent ?? null,
      meta: i.querySelector('.letter-meta')!.textContent!,
    })),
  );

/**
 * Issue 21: sorted by date, the letters without a date are a group of their own at the end of the
 * letter list, under the heading "2 zonder datum" ("2 without a date" in English); sorted by
 * title there is no such group.
 */
test('21: undated letters as their own group at the end of the date-sorted list, nl and en', async ({ page, dossier }) => {
  void dossier;
  const library = page.getByRole('region', { name: 'Bibliotheek' });
  await expect(library.locator('.letter-item')).toHaveCount(5);
  const rows = await rowTexts(page);
  const at = rows.findIndex((r) => r.heading !== null);
  expect(at).toBeGreaterThan(0);
  const undated = rows.slice(at);
  expect(rows[at]!.heading).toBe(`${undated.length} zonder datum`);
  expect(undated.every((r) => r.meta.startsWith('Datum onbekend'))).toBe(true);
  expect(rows.slice(0, at).some((r) => r.meta.startsWith('Datum onbekend'))).toBe(false);
  expect(rows.filter((r) => r.heading !== null)).toHaveLength(1);
  await library.locator('.letter-scroll').screenshot({ path: join(screenshotDir, 'issue21-undated-group.png') });

  // Oldest first: still last.
  await library.getByText('Sorteren en filteren', { exact: true }).click();
  await library.getByRole('combobox', { name: 'Sorteren' }).selectOption('date-asc');
  const ascending = await rowTexts(page);
  expect(ascending.findIndex((r) => r.heading !== null)).toBe(at);
  // By title: no date groups.
  await library.getByRole('combobox', { name: 'Sorteren' }).selectOption('title');
  expect((await rowTexts(page)).every((r) => r.heading === null)).toBe(true);

  await library.getByRole('combobox', { name: 'Sorteren' }).selectOption('date-desc');
  await library.getByRole('combobox', { name: 'Taal' }).selectOption('en');
  await expect(page.locator('.letter-group-heading')).toHaveText(`${undated.length} without a date`);
});
