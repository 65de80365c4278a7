import { expect, test } from './fixtures';
test('debug', async ({ page, dossier }) => {
  void dossier;
  page.on('console', (m) => console.log('console:', m.text()));
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  const search = page.getByRole('combobox', { name: 'Zoeken in het corpus' });
  await search.fill('Yesilgoz');
  const hits = page.getByRole('listbox', { name: 'Zoekresultaten' }).getByRole('option');
  await expect(hits.first()).toBeVisible();
  console.log('count', await hits.count(), await page.locator('.search-hit').count());
  await search.press('ArrowDown');
  await page.waitForTimeout(500);
  console.log('count after', await hits.count(), await page.locator('.search-hit').count(), await search.inputValue());
  console.log(await page.locator('.search').innerHTML().then((h) => h.slice(0, 1500)));
});
