import { join } from 'node:path';

import { expect, screenshotDir, test } from './fixtures';

test('opens on the corpus, shows the five letters, opens one and types into the briefing', async ({ page, dossier }) => {
  void dossier;
  await expect(page).toHaveTitle(/Dossier/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');

  const library = page.getByRole('region', { name: 'Bibliotheek' });
  const letters = library.locator('[data-file]');
  await expect(letters).toHaveCount(5);
  await expect(library.locator('[data-file="000_b4e4b4ff528499ed.txt"]')).toContainText('6 januari 2026');

  await library.locator('[data-file="002_5a2fb29aceb06802.txt"]').click();
  const reader = page.getByRole('region', { name: 'Lezer' });
  await expect(reader.locator('[data-block]').first()).toBeVisible();
  await expect(reader).toContainText('planningsproces.');

  const editor = page.getByRole('textbox', { name: 'Tekst van de notitie' });
  await expect(page.getByText('Sleep een passage uit een brief hierheen, of begin te typen…')).toBeVisible();
  await editor.click();
  await page.keyboard.type('Kern van de zaak: steun aan Oekraïne.');
  await expect(editor).toContainText('Kern van de zaak: steun aan Oekraïne.');

  await page.screenshot({ path: join(screenshotDir, 'app-shell.png') });
});
