import { join } from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import { expect, screenshotDir, test } from './fixtures';

const library = (page: Page) => page.getByRole('region', { name: 'Bibliotheek' });
const shownFiles = (page: Page) =>
  library(page)
    .locator('.letter-item')
    .evaluateAll((items) => items.map((i) => i.getAttribute('data-file')));

/** Drags the separator between library and reader until the library pane is `width` px wide. */
async function libraryWidth(page: Page, width: number): Promise<void> {
  const pane = (await library(page).boundingBox())!;
  const separator = page.getByRole('separator', { name: 'Deelvensters van grootte veranderen' }).first();
  const box = (await separator.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - (pane.width - width) / 2, y, { steps: 4 });
  await page.mouse.move(box.x + box.width / 2 - (pane.width - width), y, { steps: 4 });
  await page.mouse.up();
  await expect.poll(async () => Math.round((await library(page).boundingBox())!.width)).toBeGreaterThanOrEqual(width - 2);
  expect((await library(page).boundingBox())!.width).toBeLessThanOrEqual(width + 2);
}

/**
 * Issue 21, finding 3: the date filter "from 1 September 2025" says it hides the two letters
 * without a date and can include them; R.P. Brekelmans and Ruben Brekelmans are one signatory;
 * the filter panel fits a 280 px pane.
 */
test('filters say what they hide, take one person as one signatory and fit a 280 px pane; axe clean', async ({ page, dossier }) => {
  void dossier;
  await expect(library(page).locator('.letter-item')).toHaveCount(5);
  await libraryWidth(page, 280);
  await library(page).getByText('Sorteren en filteren').click();

  // From 1 September 2025: two dated letters, and the two without a date offered as a group.
  await library(page).getByLabel('Vanaf').fill('2025-09-01');
  await expect(library(page).locator('.letter-item')).toHaveCount(2);
  const undated = library(page).getByRole('checkbox', { name: 'Ook de 2 zonder datum tonen' });
  await expect(undated).not.toBeChecked();
  await undated.check();
  await expect(library(page).locator('.letter-item')).toHaveCount(4);
  expect(await shownFiles(page)).toEqual([
    '000_b4e4b4ff528499ed.txt',
    '002_5a2fb29aceb06802.txt',
    expect.stringMatching(/^00[34]_/),
    expect.stringMatching(/^00[34]_/),
  ]);

  // One person, whatever the form of the name: only "Ruben Brekelmans" is offered, and it finds the R.P. Brekelmans letter too.
  const signatory = library(page).getByRole('combobox', { name: 'Ondertekenaar' });
  const options = await signatory.locator('option').allTextContents();
  expect(options.filter((o) => o.includes('Brekelmans'))).toEqual(['Ruben Brekelmans']);
  await signatory.selectOption('Ruben Brekelmans');
  expect(await shownFiles(page)).toEqual(['000_b4e4b4ff528499ed.txt', '002_5a2fb29aceb06802.txt', '003_edbfe19a925e505f.txt']);

  // The panel fits the pane: nothing sticks out to the right, nothing scrolls sideways.
  const pane = (await library(page).boundingBox())!;
  const filters = library(page).locator('.filters');
  for (const control of await filters.locator('select, input, button, summary').all()) {
    const box = (await control.boundingBox())!;
    expect(box.x + box.width, await control.evaluate((el) => el.outerHTML.slice(0, 60))).toBeLessThanOrEqual(pane.x + pane.width + 0.5);
  }
  expect(await filters.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await library(page).screenshot({ path: join(screenshotDir, 'issue21-filters.png') });

  const axe = await new AxeBuilder({ page }).include('.pane-library').analyze();
  expect(axe.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => v.id)).toEqual([]);
});
