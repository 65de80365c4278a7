import { join } from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import type { Letter } from '../../app/corpus/types';
import { expect, screenshotDir, test } from './fixtures';

const L000 = '000_b4e4b4ff528499ed.txt';
const L004 = '004_ea691d26e1781c0b.txt';
const ALL = [L000, '001_57334ae9a84e2305.txt', '002_5a2fb29aceb06802.txt', '003_edbfe19a925e505f.txt', L004];

const library = (page: Page) => page.getByRole('region', { name: 'Bibliotheek' });
const reader = (page: Page) => page.getByRole('region', { name: 'Lezer' });

/** The letter as main parsed it, fetched through the same bridge the app uses. */
const parsed = (page: Page, file: string): Promise<Letter> =>
  page.evaluate(async (f) => {
    const result = await window.dossier!.corpusLetter({ file: f });
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  }, file);

const openLetter = async (page: Page, file: string) => {
  await library(page).locator(`.letter-item[data-file="${file}"]`).click();
  await expect(reader(page).locator(`article[data-file="${file}"]`)).toBeVisible();
};

test('search as you type finds every letter naming Yeşilgöz and opens a hit at its block', async ({ page, dossier }) => {
  void dossier;
  const search = page.getByRole('combobox', { name: 'Zoeken in het corpus' });
  await search.fill('Yesilgoz');
  const hits = page.getByRole('listbox', { name: 'Zoekresultaten' }).getByRole('option');
  await expect(hits.first()).toBeVisible();
  const files = await hits.evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-file')))].sort());
  expect(files).toEqual(ALL);
  // Every snippet highlights the name, whichever spelling the letter uses.
  for (const mark of await hits.locator('mark').allTextContents()) expect(mark).toMatch(/^Ye[sş]ilg[oö]z/i);

  // Keyboard: ArrowDown moves the active hit, Enter opens it.
  await expect(hits.nth(0)).toHaveAttribute('aria-selected', 'true');
  await search.press('ArrowDown');
  await expect(hits.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(search).toHaveAttribute('aria-activedescendant', 'search-hit-1');
  const file = (await hits.nth(1).getAttribute('data-file'))!;
  await search.press('Enter');

  const hitBlock = reader(page).locator('.block-hit');
  await expect(hitBlock).toHaveCount(1);
  await expect(hitBlock).toBeInViewport();
  const letter = await parsed(page, file);
  const blockId = (await hitBlock.getAttribute('data-block'))!;
  const block = letter.blocks.find((b) => b.id === blockId)!;
  const noteTexts = letter.footnotes.filter((n) => block.notes.some((a) => a.footnote === n.id)).map((n) => n.text);
  expect([block.text, ...noteTexts].some((t) => /Ye[sş]ilg[oö]z/.test(t))).toBe(true);
  await page.screenshot({ path: join(screenshotDir, 'library-search.png') });
  await library(page).screenshot({ path: join(screenshotDir, 'library-pane-search.png') });
});

test('footnote 2 of 004 shows its text, its citation opens 000, which lists 004 under Geciteerd door', async ({ page, dossier }) => {
  void dossier;
  await openLetter(page, L004);
  const marker = reader(page).getByRole('link', { name: 'Voetnoot 2', exact: true });
  await marker.hover();
  const tip = reader(page).getByRole('tooltip').filter({ hasText: 'Kamerstuk 36 045, nr. 264.' });
  await expect(tip).toBeVisible();
  await expect(tip).toHaveText('2 Kamerstuk 36 045, nr. 264.');
  await expect(marker).toHaveAccessibleDescription('2 Kamerstuk 36 045, nr. 264.');
  await reader(page).screenshot({ path: join(screenshotDir, 'reader-footnote.png') });

  // Keyboard focus shows it too; Escape hides it.
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();
  await marker.focus();
  await expect(tip).toBeVisible();
  await marker.press('Escape');
  await expect(tip).toBeHidden();

  // The citation in note 2 links to letter 000 in the corpus.
  const note2 = reader(page).locator('#note-fn2');
  await expect(note2).toContainText('Kamerstuk 36 045, nr. 264.');
  const citation = note2.getByRole('link', { name: 'Kamerstuk 36 045, nr. 264' });
  await expect(citation).toHaveAttribute('data-target', L000);
  await citation.click();
  await expect(reader(page).locator(`article[data-file="${L000}"]`)).toBeVisible();
  await expect(library(page).locator(`.letter-item[data-file="${L000}"]`)).toHaveAttribute('aria-selected', 'true');

  const citedBy = reader(page).getByRole('region', { name: 'Geciteerd door' });
  await expect(citedBy.locator(`[data-target="${L004}"]`)).toBeVisible();
  await citedBy.scrollIntoViewIfNeeded();
  await reader(page).screenshot({ path: join(screenshotDir, 'reader-cited-by.png') });
  await citedBy.locator(`[data-target="${L004}"]`).click();
  await expect(reader(page).locator(`article[data-file="${L004}"]`)).toBeVisible();
});
