import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { strFromU8, unzipSync } from 'fflate';

import { briefing, editorBox, typeAndComment } from './briefing-helpers';
import { expect, test } from './fixtures';

/**
 * Issue 18: a comment can be edited, answered and marked resolved (and reopened), with the
 * keyboard alone; each change is one undo step; Word gets the reply as a reply and the thread as done.
 */
test('comments: edit, reply, resolve and reopen with the keyboard; undo; Word threads the reply', async ({ page, dossier }) => {
  await mkdir(dossier.workDir, { recursive: true });
  await editorBox(page).click();
  const panel = await typeAndComment(page, 'Het kabinet steunt de verklaring.', 'verklaring', 'Bron navragen');
  await panel.getByLabel('Uw naam (bij opmerkingen)').fill('J. Jansen');
  const thread = panel.locator('.ed-comment').first();

  // Edit: the button by keyboard, the field takes the focus, Ctrl+Enter saves.
  await thread.getByRole('button', { name: 'Bewerken' }).focus();
  await page.keyboard.press('Enter');
  const field = thread.getByLabel('Opmerking', { exact: true });
  await expect(field).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Bron navragen bij BZ');
  await page.keyboard.press('Control+Enter');
  await expect(thread.locator('.ed-comment-text').first()).toHaveText('Bron navragen bij BZ');

  // Reply: its own author (the name from the preferences) and date.
  await thread.getByRole('button', { name: 'Beantwoorden' }).focus();
  await page.keyboard.press('Enter');
  await expect(thread.getByLabel('Antwoord', { exact: true })).toBeFocused();
  await page.keyboard.type('Nagevraagd: klopt.');
  await page.keyboard.press('Control+Enter');
  const reply = thread.getByRole('list', { name: 'Antwoorden' }).getByRole('listitem');
  await expect(reply).toHaveCount(1);
  await expect(reply).toContainText('J. Jansen');
  await expect(reply).toContainText('Nagevraagd: klopt.');
  await expect(reply.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);

  // Resolve: collapsed and dimmed, the count of replies shown; reopen brings it back.
  await thread.getByRole('button', { name: 'Markeren als opgelost' }).focus();
  await page.keyboard.press('Enter');
  await expect(thread).toHaveClass(/ed-comment-resolved/);
  await expect(thread).toContainText('Opgelost · antwoorden: 1');
  await expect(thread.getByText('Nagevraagd: klopt.')).toHaveCount(0);
  await expect(thread.getByRole('button', { name: 'Heropenen' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(thread).not.toHaveClass(/ed-comment-resolved/);
  await expect(reply).toContainText('Nagevraagd: klopt.');

  // Each change is one undo step in the editor: undo the reopen, then the resolve.
  await editorBox(page).click();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(thread).toHaveClass(/ed-comment-resolved/);
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(thread).not.toHaveClass(/ed-comment-resolved/);
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(reply).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect(reply).toHaveCount(1);

  // Resolved again, then exported: Word gets the reply as a reply of the comment, the thread done.
  await thread.getByRole('button', { name: 'Markeren als opgelost' }).click();
  const target = join(dossier.workDir, 'draad.docx');
  dossier.preview.dialogs.answer(target);
  await briefing(page).getByRole('button', { name: 'Exporteren naar Word' }).click();
  await expect(briefing(page).getByRole('status')).toContainText(`Geëxporteerd naar ${target}`);
  const parts = unzipSync(new Uint8Array(await readFile(target)));
  const comments = strFromU8(parts['word/comments.xml']!);
  expect([...comments.matchAll(/<w:comment\b[^>]*w:author="([^"]*)"/g)].map((m) => m[1])).toHaveLength(2);
  const extended = strFromU8(parts['word/commentsExtended.xml']!);
  expect(extended.match(/w15:paraIdParent="[0-9A-F]{8}"/g)).toHaveLength(1);
  expect(extended.match(/w15:done="1"/g)).toHaveLength(2);
});
