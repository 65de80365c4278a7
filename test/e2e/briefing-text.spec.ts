import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { Page } from '@playwright/test';

import type { Briefing } from '../../app/briefing/model';
import { briefing, editorBox, newBriefing, topLevel, typeAndComment } from './briefing-helpers';
import { expect, screenshotDir, test } from './fixtures';

/** Saves with Ctrl+S and returns the path from the notice and the briefing in the written file. */
async function saveAndRead(page: Page): Promise<{ path: string; saved: Briefing }> {
  await editorBox(page).focus();
  await page.keyboard.press('Control+s');
  const status = briefing(page).getByRole('status');
  await expect(status).toContainText('Opgeslagen als');
  const path = (await status.textContent())!
    .replace(/^.*Opgeslagen als /, '')
    .replace(/✕$/, '')
    .trim();
  const file = JSON.parse(await readFile(path, 'utf8')) as { format: string; briefing: Briefing };
  expect(file.format).toBe('dossier-briefing');
  return { path, saved: file.briefing };
}

test('a comment on a selected range shows author and time, and survives save and reopen', async ({ page, dossier }) => {
  // The user's name, set once in the preferences (issue 18: it wins over the account's name).
  await briefing(page).getByLabel('Uw naam (bij opmerkingen)').fill('J. Jansen');
  await editorBox(page).click();
  // "de verklaring van Berlijn" is selected with the keyboard (the final period stays out).
  const comments = await typeAndComment(
    page,
    'Het kabinet steunt de verklaring van Berlijn.',
    'de verklaring van Berlijn',
    'Bron nog nagaan bij BZ.',
  );
  const item = comments.getByRole('listitem');
  await expect(item).toHaveCount(1);
  await expect(item.locator('strong')).toHaveText('J. Jansen');
  await expect(item.locator('.ed-comment-text')).toHaveText('Bron nog nagaan bij BZ.');
  const iso = (await item.locator('time').getAttribute('datetime'))!;
  expect(Math.abs(Date.now() - Date.parse(iso))).toBeLessThan(120_000);
  const shown = await page.evaluate((d) => new Date(d).toLocaleString('nl-NL', { dateStyle: 'medium', timeStyle: 'short' }), iso);
  await expect(item.locator('time')).toHaveText(shown);
  await expect(editorBox(page).locator('mark')).toHaveText('de verklaring van Berlijn');
  await page.screenshot({ path: join(screenshotDir, 'briefing-comment.png') });

  const { path, saved } = await saveAndRead(page);
  expect(saved.annotations).toEqual([{ id: expect.any(String), author: 'J. Jansen', date: iso, text: 'Bron nog nagaan bij BZ.' }]);
  expect(saved.body).toEqual([
    {
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Het kabinet steunt ' },
        { type: 'text', text: 'de verklaring van Berlijn', comments: [saved.annotations[0]!.id] },
        { type: 'text', text: '.' },
      ],
    },
  ]);

  await newBriefing(page);
  await expect(comments.getByText('Nog geen opmerkingen.')).toBeVisible();
  await expect(editorBox(page).locator('mark')).toHaveCount(0);
  dossier.preview.dialogs.answer(path);
  await briefing(page).getByRole('button', { name: 'Openen', exact: true }).click();
  await expect(item).toHaveCount(1);
  await expect(item.locator('strong')).toHaveText('J. Jansen');
  await expect(item.locator('time')).toHaveText(shown);
  await expect(item.locator('.ed-comment-text')).toHaveText('Bron nog nagaan bij BZ.');
  await expect(editorBox(page).locator('mark')).toHaveText('de verklaring van Berlijn');

  // Deleting it removes the highlight too.
  await item.getByRole('button', { name: 'Opmerking verwijderen' }).click();
  await expect(item).toHaveCount(0);
  await expect(editorBox(page).locator('mark')).toHaveCount(0);
  await expect(editorBox(page)).toHaveText('Het kabinet steunt de verklaring van Berlijn.');
});

test('headings and lists from the toolbar, with the pressed state following the cursor; saved as such', async ({ page, dossier }) => {
  void dossier;
  const toolbar = briefing(page).getByRole('toolbar', { name: 'Opmaak en opdrachten' });
  const tool = (name: string) => toolbar.getByRole('button', { name, exact: true });
  await editorBox(page).click();
  await page.keyboard.type('Inleiding');
  await tool('Kop 1').click();
  await expect(tool('Kop 1')).toHaveAttribute('aria-pressed', 'true');
  await expect(tool('Gewone tekst')).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Eerste punt');
  await tool('Opsomming').click();
  await expect(tool('Opsomming')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Tweede punt');
  await expect.poll(() => topLevel(page)).toEqual(['h1: Inleiding', 'ul: Eerste puntTweede punt']);
  await tool('Genummerde lijst').click();
  await expect(tool('Genummerde lijst')).toHaveAttribute('aria-pressed', 'true');
  await expect(tool('Opsomming')).toHaveAttribute('aria-pressed', 'false');
  await expect(editorBox(page).locator('ol > li')).toHaveText(['Eerste punt', 'Tweede punt']);
  // Enter on an empty item leaves the list; the new line becomes a level-2 heading, then text again.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Slot');
  await expect(tool('Gewone tekst')).toHaveAttribute('aria-pressed', 'true');
  await tool('Kop 2').click();
  await expect.poll(() => topLevel(page)).toEqual(['h1: Inleiding', 'ol: Eerste puntTweede punt', 'h2: Slot']);
  await page.screenshot({ path: join(screenshotDir, 'briefing-headings-lists.png') });
  await tool('Gewone tekst').click();
  await expect.poll(() => topLevel(page)).toEqual(['h1: Inleiding', 'ol: Eerste puntTweede punt', 'p: Slot']);
  // Clicking into the heading shows it pressed again.
  await editorBox(page).getByText('Inleiding').click();
  await expect(tool('Kop 1')).toHaveAttribute('aria-pressed', 'true');

  const { saved } = await saveAndRead(page);
  expect(saved.body).toEqual([
    { type: 'heading', level: 1, children: [{ type: 'text', text: 'Inleiding' }] },
    {
      type: 'list',
      ordered: true,
      items: [{ children: [{ type: 'text', text: 'Eerste punt' }] }, { children: [{ type: 'text', text: 'Tweede punt' }] }],
    },
    { type: 'paragraph', children: [{ type: 'text', text: 'Slot' }] },
  ]);
});

test('Tab and Shift+Tab nest list items; the nesting is saved as levels and comes back on reopening', async ({ page, dossier }) => {
  void dossier;
  const toolbar = briefing(page).getByRole('toolbar', { name: 'Opmaak en opdrachten' });
  await editorBox(page).click();
  await page.keyboard.type('Eerste punt');
  await toolbar.getByRole('button', { name: 'Genummerde lijst', exact: true }).click();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Subpunt');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Tweede punt');
  await page.keyboard.press('Shift+Tab');
  const nested = editorBox(page).locator('ol ol');
  await expect(nested).toHaveCount(1);
  await expect(nested.locator('li')).toHaveText(['Subpunt']);
  // The editor shows the sub-list's markers as the exports print them: a., b., …
  expect(await nested.evaluate((ol) => getComputedStyle(ol).listStyleType)).toBe('lower-alpha');
  // Tab left the focus in the editor (it indented instead of moving on).
  await expect(editorBox(page)).toBeFocused();

  const { path, saved } = await saveAndRead(page);
  expect(saved.body).toEqual([
    {
      type: 'list',
      ordered: true,
      items: [
        { children: [{ type: 'text', text: 'Eerste punt' }] },
        { level: 1, children: [{ type: 'text', text: 'Subpunt' }] },
        { children: [{ type: 'text', text: 'Tweede punt' }] },
      ],
    },
  ]);

  await newBriefing(page);
  await expect(editorBox(page).locator('ol')).toHaveCount(0);
  const recent = briefing(page).getByRole('combobox', { name: 'Recente notities' });
  await recent.selectOption(path);
  await expect(editorBox(page).locator('ol ol li')).toHaveText(['Subpunt']);
  await expect(editorBox(page).locator(':scope > ol > li:not(.ed-nested-li)')).toHaveText(['Eerste punt', 'Tweede punt']);
});
