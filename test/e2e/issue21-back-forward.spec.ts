import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import { L000, openLetter, reader } from './briefing-helpers';
import { expect, test } from './fixtures';

const L004 = '004_ea691d26e1781c0b.txt';

const scrollTop = (page: Page) =>
  reader(page)
    .locator('article.reader')
    .evaluate((el) => el.scrollTop);
const shows = (page: Page, file: string) => expect(reader(page).locator(`article[data-file="${file}"]`)).toBeVisible();
const mouseButton = (page: Page, button: 3 | 4) =>
  page.evaluate((b) => document.querySelector('.reader')!.dispatchEvent(new MouseEvent('mouseup', { button: b, bubbles: true })), button);

/**
 * Issue 21, finding 4: after following a citation link to another letter, Back returns to the
 * same letter at the same scroll position; buttons, Alt+← / Alt+→ and the mouse's back and
 * forward buttons (3 and 4) all move along the history.
 */
test('follow a citation link, then Back returns to the letter and its scroll position; Forward, Alt+arrows and mouse buttons', async ({
  page,
  dossier,
}) => {
  void dossier;
  const back = reader(page).getByRole('button', { name: 'Terug' });
  const forward = reader(page).getByRole('button', { name: 'Vooruit' });
  await openLetter(page, L004);
  await expect(back).toBeDisabled();
  await expect(back).toHaveAttribute('aria-keyshortcuts', 'Alt+ArrowLeft');

  // Scroll to the citation of letter 000 and follow it.
  const link = reader(page).locator(`a.citation-internal[data-target="${L000}"]`).first();
  await link.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await expect.poll(() => scrollTop(page)).toBeGreaterThan(100);
  const position = await scrollTop(page);
  await link.click();
  await shows(page, L000);
  expect(await scrollTop(page)).toBe(0);
  await expect(forward).toBeDisabled();

  // Back: the same letter, at the same place.
  await back.click();
  await shows(page, L004);
  await expect.poll(() => scrollTop(page)).toBe(position);
  await expect(forward).toBeEnabled();

  // Forward with Alt+→ (the focus outside text being edited), back with Alt+←.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Alt+ArrowRight');
  await shows(page, L000);
  await page.keyboard.press('Alt+ArrowLeft');
  await shows(page, L004);
  await expect.poll(() => scrollTop(page)).toBe(position);

  // The mouse's forward (4) and back (3) buttons.
  await mouseButton(page, 4);
  await shows(page, L000);
  await mouseButton(page, 3);
  await shows(page, L004);
  await expect.poll(() => scrollTop(page)).toBe(position);

  // In the briefing's text Alt+← stays the editor's: the reader does not move.
  await page.getByRole('textbox', { name: 'Tekst van de notitie' }).click();
  await page.keyboard.press('Alt+ArrowRight');
  await page.waitForTimeout(200);
  await shows(page, L004);

  const axe = await new AxeBuilder({ page }).include('.pane-reader').analyze();
  expect(axe.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => v.id)).toEqual([]);
});
