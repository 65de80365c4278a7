import { join } from 'node:path';

import type { Page } from '@playwright/test';

import { expect, screenshotDir, test } from './fixtures';

const widths = (page: Page) =>
  Promise.all(
    ['Bibliotheek', 'Lezer', 'Notitie'].map(async (name) => (await page.getByRole('region', { name, exact: true }).boundingBox())!.width),
  );
const separators = (page: Page) => page.getByRole('separator', { name: 'Deelvensters van grootte veranderen' });

const expectClose = (actual: number[], expected: number[]) =>
  actual.forEach((width, i) => expect(Math.abs(width - expected[i]!), `pane ${i}: ${width} vs ${expected[i]}`).toBeLessThanOrEqual(2));

test('pane sizes set by dragging a separator and by the keyboard are there again after a reload', async ({ page, dossier }) => {
  void dossier;
  await expect(page.getByRole('region', { name: 'Lezer' })).toBeVisible();
  const initial = await widths(page);

  // Drag the separator between library and reader 160 px to the right with the mouse.
  const box = (await separators(page).first().boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2, { steps: 5 });
  await page.mouse.move(box.x + box.width / 2 + 160, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  const dragged = await widths(page);
  expect(Math.abs(dragged[0]! - initial[0]! - 160)).toBeLessThanOrEqual(2);
  expect(Math.abs(dragged[1]! - initial[1]! + 160)).toBeLessThanOrEqual(2);
  expectClose([dragged[2]!], [initial[2]!]);

  await page.reload();
  await expect(page.getByRole('region', { name: 'Lezer' })).toBeVisible();
  expectClose(await widths(page), dragged);

  // The keyboard on the separator between reader and briefing: the reader grows at the briefing's cost.
  await separators(page).nth(1).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const keyed = await widths(page);
  expect(keyed[1]!).toBeGreaterThan(dragged[1]! + 20);
  expect(keyed[2]!).toBeLessThan(dragged[2]! - 20);
  expectClose([keyed[0]!], [dragged[0]!]);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Lezer' })).toBeVisible();
  expectClose(await widths(page), keyed);
  await page.screenshot({ path: join(screenshotDir, 'panes-restored.png') });
});
