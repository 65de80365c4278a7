import { readFile } from 'node:fs/promises';

import type { Briefing } from '../../app/briefing/model';
import { briefing, editorBox, settle, typeAndComment } from './briefing-helpers';
import { expect, test } from './fixtures';

const SENTENCE = 'Het kabinet steunt de verklaring van Berlijn.';

test('undo and redo cover adding a comment, deleting its text, and the briefing properties', async ({ page, dossier }) => {
  await editorBox(page).click();
  const comments = await typeAndComment(page, SENTENCE, 'de verklaring van Berlijn', 'Bron nog nagaan bij BZ.');
  const item = comments.getByRole('listitem');
  await expect(item).toHaveCount(1);
  await expect(item.locator('.ed-comment-text')).toHaveText('Bron nog nagaan bij BZ.');
  await expect(editorBox(page).locator('mark')).toHaveText('de verklaring van Berlijn');

  // Ctrl+Z takes the comment away with its highlight; Ctrl+Y brings both back.
  await expect(editorBox(page)).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(item).toHaveCount(0);
  await expect(comments.getByText('Nog geen opmerkingen.')).toBeVisible();
  await expect(editorBox(page).locator('mark')).toHaveCount(0);
  await expect(editorBox(page)).toHaveText(SENTENCE);
  await page.keyboard.press('Control+y');
  await expect(item).toHaveCount(1);
  await expect(item.locator('.ed-comment-text')).toHaveText('Bron nog nagaan bij BZ.');
  await expect(editorBox(page).locator('mark')).toHaveText('de verklaring van Berlijn');

  // Deleting the commented text drops the comment from the panel and from the saved file.
  await page.keyboard.press('Control+a');
  await settle(page);
  await page.keyboard.press('Backspace');
  await expect(editorBox(page)).toHaveText('');
  await expect(item).toHaveCount(0);
  // Without a scripted answer the preview's save dialog picks the suggested name in the work folder.
  await page.keyboard.press('Control+s');
  const status = briefing(page).getByRole('status');
  await expect(status).toContainText('Opgeslagen als');
  const path = (await status.textContent())!
    .replace(/^.*Opgeslagen als /, '')
    .replace(/✕$/, '')
    .trim();
  expect(path.startsWith(dossier.workDir)).toBe(true);
  const saved = (JSON.parse(await readFile(path, 'utf8')) as { briefing: Briefing }).briefing;
  expect(saved.annotations).toEqual([]);
  expect(saved.body).toEqual([{ type: 'paragraph', children: [] }]);
  // Undo brings the words back, and with them the comment.
  await editorBox(page).focus();
  await page.keyboard.press('Control+z');
  await expect(editorBox(page)).toHaveText(SENTENCE);
  await expect(item).toHaveCount(1);
  await expect(item.locator('.ed-comment-text')).toHaveText('Bron nog nagaan bij BZ.');
  // Saved again, the comment is in the file once more.
  await status.getByRole('button', { name: 'Melding sluiten' }).click();
  await expect(status).toHaveText('');
  await expect(briefing(page).locator('.briefing-dirty')).toHaveCount(1);
  await page.keyboard.press('Control+s');
  await expect(status).toContainText('Opgeslagen als');
  await expect(briefing(page).locator('.briefing-dirty')).toHaveCount(0);
  const resaved = (JSON.parse(await readFile(path, 'utf8')) as { briefing: Briefing }).briefing;
  expect(resaved.annotations.map((annotation) => annotation.text)).toEqual(['Bron nog nagaan bij BZ.']);

  // A title typed in the properties is one undo step; Ctrl+Z in the field undoes it, Ctrl+Shift+Z redoes it.
  await briefing(page).getByText('Eigenschappen').click();
  const title = briefing(page).getByLabel('Titel');
  await title.click();
  await page.keyboard.type('Nota Oekraïne');
  await expect(title).toHaveValue('Nota Oekraïne');
  await expect(briefing(page).locator('.briefing-dirty')).toBeVisible();
  const undoButton = briefing(page).getByRole('button', { name: 'Ongedaan maken (Ctrl+Z)' });
  const redoButton = briefing(page).getByRole('button', { name: 'Opnieuw (Ctrl+Shift+Z)' });
  await expect(redoButton).toBeDisabled();
  await page.keyboard.press('Control+z');
  await expect(title).toHaveValue('');
  // The editor's history took the step (the field's own undo would have left nothing to redo).
  await expect(redoButton).toBeEnabled();
  await expect(title).toBeFocused();
  await expect(editorBox(page)).toHaveText(SENTENCE);
  await expect(item).toHaveCount(1);
  await page.keyboard.press('Control+Shift+z');
  await expect(title).toHaveValue('Nota Oekraïne');
  await expect(redoButton).toBeDisabled();

  // The citation style, undone with the toolbar's button.
  const line = briefing(page).getByRole('radio', { name: 'Als regel onder het citaat' });
  const footnote = briefing(page).getByRole('radio', { name: 'Als voetnoot' });
  await line.check();
  await expect(line).toBeChecked();
  await undoButton.click();
  await expect(footnote).toBeChecked();
  await expect(title).toHaveValue('Nota Oekraïne');
  await undoButton.click();
  await expect(title).toHaveValue('');
  await redoButton.click();
  await redoButton.click();
  await expect(title).toHaveValue('Nota Oekraïne');
  await expect(line).toBeChecked();
});
