import { editorBox, L000, openLetter, passages, reader } from './briefing-helpers';
import { expect, test } from './fixtures';

/** Issue 18, finding 3: a selection belongs to the letter it was made in and ends when that letter is left. */
test('a reader selection ends when another letter is opened with the keyboard; "Aan notitie toevoegen" offers nothing old', async ({
  page,
  dossier,
}) => {
  void dossier;
  await openLetter(page, L000);
  // Select words of the first long paragraph with the real mouse.
  const block = reader(page)
    .locator('[data-block]')
    .filter({ hasText: /.{120}/ })
    .first();
  await block.scrollIntoViewIfNeeded();
  const box = (await block.boundingBox())!;
  await page.mouse.move(box.x + 2, box.y + 4);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, box.y + 4, { steps: 8 });
  await page.mouse.up();
  const status = page.getByTestId('selection-status');
  await expect(status).toContainText('geselecteerd');
  const add = reader(page).getByRole('button', { name: 'Aan notitie toevoegen' });
  await expect(add).toBeEnabled();

  // Another letter with the keyboard: the list, ArrowDown, Enter.
  const list = page.getByRole('region', { name: 'Bibliotheek' }).getByRole('listbox', { name: 'Brieven' });
  await list.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const second = list.getByRole('option').nth(1);
  const file = (await second.getAttribute('data-file'))!;
  expect(file).not.toBe(L000);
  await expect(reader(page).locator(`article[data-file="${file}"]`)).toBeVisible();

  await expect(status).toContainText('Geen selectie');
  await expect(add).toBeDisabled();
  expect(await page.evaluate(() => getSelection()?.toString() ?? '')).toBe('');
  // The shortcut adds nothing either.
  await page.keyboard.press('Control+Shift+Enter');
  await editorBox(page).click();
  await expect(passages(page)).toHaveCount(0);
});
