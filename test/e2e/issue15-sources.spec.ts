import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';

/** Issue 15, "Links": publication links in the reader open only on a click, and only through openExternal; both directions listed. */
const L000 = '000_b4e4b4ff528499ed.txt';
const L004 = '004_ea691d26e1781c0b.txt';
const SITE = 'https://zoek.officielebekendmakingen.nl/';

const library = (page: Page) => page.getByRole('region', { name: 'Bibliotheek' });
const reader = (page: Page) => page.getByRole('region', { name: 'Lezer' });

/** The preview's bridge opens a publication in a new tab: record what it asks instead of opening it. */
async function recordOpened(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const opened: string[] = [];
    (window as unknown as { __opened: string[] }).__opened = opened;
    window.open = ((url: string) => {
      opened.push(String(url));
      return null;
    }) as typeof window.open;
  });
  return () => page.evaluate(() => (window as unknown as { __opened: string[] }).__opened);
}

test('a citation of a paper outside the corpus links to its official publication, opened only on a click', async ({ page, dossier }) => {
  void dossier;
  const opened = await recordOpened(page);
  await library(page).locator(`.letter-item[data-file="${L004}"]`).click();
  const note3 = reader(page).locator('#note-fn3');
  const external = note3.locator('a.citation-external').first();
  await expect(external).toHaveAttribute('href', `${SITE}kst-21501-02-3052`);
  expect(await opened()).toEqual([]);
  await external.click();
  await expect.poll(opened).toEqual([`${SITE}kst-21501-02-3052`]);
  // The app itself did not navigate.
  await expect(reader(page).locator(`article[data-file="${L004}"]`)).toBeVisible();

  // A citation of a letter in the corpus opens that letter; its publication link sits beside it.
  const note2 = reader(page).locator('#note-fn2');
  await expect(note2.getByRole('link', { name: 'Officiële publicatie' })).toHaveAttribute('href', `${SITE}kst-36045-264`);

  // The contract refuses any other URL.
  const refused = await page.evaluate(() =>
    (window as unknown as { dossier: { openExternal(r: { url: string }): Promise<{ ok: boolean }> } }).dossier.openExternal({
      url: 'https://example.org/',
    }),
  );
  expect(refused.ok).toBe(false);
  expect(await opened()).toEqual([`${SITE}kst-21501-02-3052`]);
});

test('the reader lists what the letter cites (by title or official citation) and what cites it', async ({ page, dossier }) => {
  void dossier;
  await library(page).locator(`.letter-item[data-file="${L004}"]`).click();
  const cites = reader(page).getByRole('region', { name: 'Verwijst naar' });
  await expect(cites.locator(`a[data-target="${L000}"]`)).toHaveText(
    'Kamerbrief van 6 januari 2026 — minister van Buitenlandse Zaken en minister van Defensie',
  );
  const outside = cites.locator('li[data-key="kst-21501-02-3052"]');
  await expect(outside).toContainText('Kamerstukken II, 21 501-02, nr. 3052 · niet in dit corpus');
  await expect(outside.getByRole('link', { name: 'Officiële publicatie' })).toHaveAttribute('href', `${SITE}kst-21501-02-3052`);

  await cites.locator(`a[data-target="${L000}"]`).click();
  await expect(reader(page).locator(`article[data-file="${L000}"]`)).toBeVisible();
  await expect(reader(page).getByRole('region', { name: 'Geciteerd door' }).locator(`[data-target="${L004}"]`)).toBeVisible();
});

test('the reader can number the body paragraphs as citations count them; the numbers are no text', async ({ page, dossier }) => {
  void dossier;
  await library(page).locator(`.letter-item[data-file="${L000}"]`).click();
  const article = reader(page).locator(`article[data-file="${L000}"]`);
  const numbered = article.locator('[data-paragraph]');
  // The salutation is no body paragraph; the first paragraph after it is 1.
  const first = numbered.first();
  await expect(first).toHaveAttribute('data-paragraph', '1');
  const before = () => first.evaluate((el) => getComputedStyle(el, '::before').content);
  expect(await before()).toBe('none');
  await reader(page).getByLabel('Alineanummers tonen').check();
  expect(await before()).toBe('"1"');
  const texts = await numbered.evaluateAll((els) => els.map((el) => el.getAttribute('data-paragraph')));
  expect(texts).toEqual(texts.map((_, i) => String(i + 1)));
  expect(await first.textContent()).not.toMatch(/^1/);
  await reader(page).screenshot({ path: 'test-results/reader-paragraph-numbers.png' });
});
