import { mkdir, readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';

import { strFromU8, unzipSync } from 'fflate';

import { briefing, editorBox, settle, typeAndComment } from './briefing-helpers';
import { expect, test } from './fixtures';

/** Issue 18, finding 8: comments carry their author, in the panel and in the Word file. */
test('finding 8: a comment’s author defaults to the account’s name (main’s userName); the user’s name from the preferences wins; Word names them', async ({
  page,
  dossier,
}) => {
  await mkdir(dossier.workDir, { recursive: true });
  await editorBox(page).click();
  const panel = await typeAndComment(page, 'Het kabinet steunt de verklaring.', 'verklaring', 'Bron navragen');
  // Without a name in the preferences the author is the account's name, as main reports it.
  const account = userInfo().username;
  await expect(panel.locator('.ed-comment').first()).toContainText(account);
  await expect(panel.getByLabel('Uw naam (bij opmerkingen)')).toHaveAttribute('placeholder', account);

  // The user's name, set once in the preferences, is the author of new comments.
  await panel.getByLabel('Uw naam (bij opmerkingen)').fill('J. Jansen');
  await editorBox(page).locator('p').last().click();
  await settle(page);
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await typeAndComment(page, 'Tweede zin hier.', 'hier', 'Formulering checken');
  await expect(panel.locator('.ed-comment').nth(1)).toContainText('J. Jansen');
  await expect(panel.locator('.ed-comment').first()).toContainText(account);

  // Word gets both authors, never an empty one.
  const target = join(dossier.workDir, 'auteur.docx');
  dossier.preview.dialogs.answer(target);
  await briefing(page).getByRole('button', { name: 'Exporteren naar Word' }).click();
  await expect(briefing(page).getByRole('status')).toContainText(`Geëxporteerd naar ${target}`);
  const xml = strFromU8(unzipSync(new Uint8Array(await readFile(target)))['word/comments.xml']!);
  const authors = [...xml.matchAll(/<w:comment\b[^>]*w:author="([^"]*)"/g)].map((m) => m[1]);
  expect(authors.sort()).toEqual(['J. Jansen', account].sort());
});
