import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import {
  blockWithNote,
  briefing,
  editorBox,
  handleOf,
  L000,
  mouseDrag,
  newBriefing,
  noteLines,
  openLetter,
  parsedLetter,
  passages,
} from './briefing-helpers';
import { expect, screenshotDir, test } from './fixtures';

const JOINT = 'Joint Statement of European Leaders';

test('type, save, reopen: the same briefing with the same footnote numbers; a corrupt file is refused and the briefing kept', async ({
  page,
  dossier,
}) => {
  await openLetter(page, L000);
  const joint = blockWithNote(await parsedLetter(page, L000), JOINT);
  await mouseDrag(page, handleOf(page, joint.block.id), editorBox(page));
  await expect(passages(page)).toHaveCount(1);

  await editorBox(page).locator('p').last().click();
  await page.keyboard.type('Conclusie: het kabinet steunt de verklaring.');
  await briefing(page).getByRole('button', { name: 'Voetnoot invoegen (Ctrl+Alt+F)' }).click();
  await briefing(page).getByLabel('Tekst van de voetnoot').fill('Zie de geannoteerde agenda.');
  await page.keyboard.press('Enter');
  const notes = await noteLines(page);
  expect(notes[0]).toBe(`1 ${joint.note.text}`);
  expect(notes.at(-1)).toBe(`${notes.length} Zie de geannoteerde agenda.`);
  await expect(editorBox(page).locator('.ed-footnote-ref')).toHaveText(String(notes.length));

  await briefing(page).getByText('Eigenschappen').click();
  await briefing(page).getByLabel('Titel').fill('Nota Oekraïne');
  await briefing(page).getByRole('group', { name: 'Bronvermelding' }).getByLabel('Als regel onder het citaat').check();
  await expect(passages(page).first().locator('.ed-passage-citation')).toContainText('Kamerstukken II 2025/26, 36 045, nr. 264');
  await expect(page).toHaveTitle(/^• Nota Oekraïne — Dossier$/);
  expect(dossier.preview.title()).toBe('• Nota Oekraïne — Dossier');
  const lineNotes = await noteLines(page); // in line style citations are no notes

  await page.keyboard.press('Control+s');
  await expect(briefing(page).getByRole('status')).toContainText('Opgeslagen als');
  const saved = (await briefing(page).getByRole('status').textContent())!
    .replace(/^.*Opgeslagen als /, '')
    .replace(/✕$/, '')
    .trim();
  await expect(page).toHaveTitle(/^[^•]+ — Dossier$/);
  await page.screenshot({ path: join(screenshotDir, 'briefing-saved.png') });

  // A new, empty briefing; then back through the recent list.
  await newBriefing(page);
  await expect(passages(page)).toHaveCount(0);
  await expect(briefing(page).getByText('Nog geen voetnoten.')).toBeVisible();
  const recent = briefing(page).getByRole('combobox', { name: 'Recente notities' });
  await recent.focus();
  await expect(recent.locator(`option[value="${saved}"]`)).toHaveCount(1);
  await recent.selectOption(saved);
  await expect(passages(page)).toHaveCount(1);
  await expect(editorBox(page)).toContainText('Conclusie: het kabinet steunt de verklaring.');
  await expect.poll(() => noteLines(page)).toEqual(lineNotes);
  await expect(briefing(page).getByLabel('Titel')).toHaveValue('Nota Oekraïne');
  await expect(page).toHaveTitle(/^[^•]+ — Dossier$/);

  // A corrupt file: a clear message, the open briefing stays.
  const corrupt = join(dossier.workDir, 'kapot.dossier');
  await writeFile(corrupt, 'dit is geen notitie');
  dossier.preview.dialogs.answer(corrupt);
  await briefing(page).getByRole('button', { name: 'Openen', exact: true }).click();
  await expect(briefing(page).getByRole('alert')).not.toBeEmpty();
  await expect(passages(page)).toHaveCount(1);
  await expect.poll(() => noteLines(page)).toEqual(lineNotes);
});

test('unsaved work is autosaved and offered back on the next start (Herstellen)', async ({ page, dossier }) => {
  await openLetter(page, L000);
  const joint = blockWithNote(await parsedLetter(page, L000), JOINT);
  await mouseDrag(page, handleOf(page, joint.block.id), editorBox(page));
  await expect(passages(page)).toHaveCount(1);
  await editorBox(page).locator('p').last().click();
  await page.keyboard.type('Nog niet opgeslagen.');
  await page.waitForTimeout(6500); // one autosave period (5 s) and a margin

  const next = await page.context().newPage();
  await next.goto(dossier.preview.server.url);
  const dialog = next.getByRole('alertdialog', { name: 'Niet-opgeslagen notitie gevonden' });
  await expect(dialog).toBeVisible();
  await next.screenshot({ path: join(screenshotDir, 'briefing-recovery.png') });
  await dialog.getByRole('button', { name: 'Herstellen' }).click();
  await expect(passages(next)).toHaveCount(1);
  await expect(editorBox(next)).toContainText('Nog niet opgeslagen.');
  await expect.poll(async () => (await noteLines(next))[0]).toBe(`1 ${joint.note.text}`);
  await expect(next).toHaveTitle(/^• /);
});
