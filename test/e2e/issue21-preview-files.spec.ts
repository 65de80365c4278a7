import { cp, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import { briefing, editorBox, newBriefing, settle } from './briefing-helpers';
import { expect, screenshotDir, test } from './fixtures';

test.use({ pageDialogs: true });

const library = (page: Page) => page.getByRole('region', { name: 'Bibliotheek' });
const fileDialog = (page: Page) => page.getByRole('dialog');
const entry = (page: Page, name: string) => fileDialog(page).getByRole('list', { name: 'Inhoud van de map' }).getByRole('button', { name });
const folderField = (page: Page) => fileDialog(page).getByRole('textbox', { name: 'Map', exact: true });
const status = (page: Page) => briefing(page).getByRole('status');

/**
 * Issue 21, finding 1: the preview handles files as the desktop app does, through a dialog of its
 * own: open another corpus folder and a briefing, save with a name and folder the user chooses
 * and a warning before overwriting, exports also offered as a download. Dropping a folder in the
 * browser opens that dialog instead of pointing back at "Map openen…".
 */
test('open a corpus folder and a briefing, save with a chosen name and an overwrite warning, export as a download; drop opens the dialog', async ({
  page,
  dossier,
}) => {
  const other = join(dossier.root, 'Andere brieven');
  await mkdir(other, { recursive: true });
  await mkdir(dossier.workDir, { recursive: true });
  for (const file of ['000_b4e4b4ff528499ed.txt', '001_57334ae9a84e2305.txt']) await cp(join(dossier.corpusDir, file), join(other, file));

  // "Map openen…": the page's own dialog lists the folders of the home folder; the user picks one.
  const open = library(page).getByRole('button', { name: 'Map openen…' });
  await expect(open).toHaveAttribute('title', 'Kies een map met brieven op deze computer');
  await open.click();
  await expect(fileDialog(page).getByRole('heading', { name: 'Map met brieven openen' })).toBeVisible();
  await expect(folderField(page)).toHaveValue(dossier.root);
  await entry(page, 'Andere brieven').click();
  await expect(folderField(page)).toHaveValue(other);
  await expect(entry(page, '000_b4e4b4ff528499ed.txt')).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(axe.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: join(screenshotDir, 'issue21-preview-open-folder.png') });
  await fileDialog(page).getByRole('button', { name: 'Deze map openen' }).click();
  await expect(fileDialog(page)).toBeHidden();
  await expect(library(page).getByRole('heading', { name: 'Andere brieven' })).toBeVisible();
  await expect(library(page).locator('.letter-item')).toHaveCount(2);

  // A folder dropped on the window: the browser gives no path, so the same dialog opens, saying why.
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['x'], 'brieven'));
    for (const type of ['dragenter', 'dragover', 'drop'])
      window.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await expect(fileDialog(page).getByRole('heading', { name: 'Map met brieven openen' })).toBeVisible();
  await fileDialog(page).getByRole('button', { name: 'Annuleren' }).click();
  await expect(fileDialog(page)).toBeHidden();
  await expect(library(page).getByRole('alert')).toHaveText(
    'De browser geeft niet door waar een gesleepte map staat: kies hem in het venster dat nu opent.',
  );
  await expect(library(page).locator('.letter-item')).toHaveCount(2);

  // Save: the user chooses the folder and the name.
  await editorBox(page).click();
  await page.keyboard.type('Eerste notitie.');
  await settle(page);
  await page.keyboard.press('Control+s');
  await expect(fileDialog(page).getByRole('heading', { name: 'Notitie opslaan' })).toBeVisible();
  await expect(fileDialog(page).getByLabel('Bestandsnaam')).toHaveValue('Notitie.dossier');
  // The dialog starts where the last choice was made (the folder just opened); one up, then into work.
  await expect(folderField(page)).toHaveValue(other);
  await fileDialog(page).getByRole('button', { name: 'Bovenliggende map' }).click();
  await expect(folderField(page)).toHaveValue(dossier.root);
  await entry(page, 'work').click();
  await fileDialog(page).getByRole('button', { name: 'Opslaan' }).click();
  const first = join(dossier.workDir, 'Notitie.dossier');
  await expect(status(page)).toContainText(`Opgeslagen als ${first}`);

  // A second untitled briefing under the same name: a warning first; another name keeps the first.
  await newBriefing(page, 'Lege notitie', 'button');
  await editorBox(page).click();
  await page.keyboard.type('Tweede notitie.');
  await settle(page);
  await page.keyboard.press('Control+s');
  await expect(folderField(page)).toHaveValue(dossier.workDir);
  await fileDialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(fileDialog(page).getByRole('alert')).toHaveText(/“Notitie\.dossier” bestaat al in deze map\. Wilt u het vervangen\?/);
  await page.screenshot({ path: join(screenshotDir, 'issue21-preview-overwrite.png') });
  await fileDialog(page).getByRole('button', { name: 'Andere naam kiezen' }).click();
  await fileDialog(page).getByLabel('Bestandsnaam').fill('Tweede');
  await fileDialog(page).getByRole('button', { name: 'Opslaan' }).click();
  await expect(status(page)).toContainText(`Opgeslagen als ${join(dossier.workDir, 'Tweede.dossier')}`);
  expect(await readFile(first, 'utf8')).toContain('Eerste notitie.');
  expect(await readFile(first, 'utf8')).not.toContain('Tweede notitie.');

  // Export to Word: saved where the user says, and offered to the browser as a download as well.
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+e');
  await expect(fileDialog(page).getByRole('heading', { name: 'Exporteren naar Word' })).toBeVisible();
  await fileDialog(page).getByLabel('Bestandsnaam').fill('Tweede.docx');
  await fileDialog(page).getByRole('button', { name: 'Exporteren' }).click();
  expect((await download).suggestedFilename()).toBe('Tweede.docx');
  expect((await readFile(join(dossier.workDir, 'Tweede.docx'))).subarray(0, 2).toString()).toBe('PK');

  // Open the first briefing again through the dialog.
  await page.keyboard.press('Control+o');
  await expect(fileDialog(page).getByRole('heading', { name: 'Notitie openen' })).toBeVisible();
  await expect(fileDialog(page).getByRole('button', { name: 'Openen' })).toBeDisabled();
  await entry(page, 'Notitie.dossier').click();
  await fileDialog(page).getByRole('button', { name: 'Openen' }).click();
  await expect(editorBox(page)).toHaveText('Eerste notitie.');
});

test('the preview server lists folders only for an open dialog and to the page with the secret, and serves only exports saved', async ({
  page,
  dossier,
}) => {
  void page;
  const { port, secret } = dossier.preview.server;
  const post = (route: string, body: unknown, withSecret = true) =>
    fetch(`http://127.0.0.1:${port}/preview/${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(withSecret ? { 'x-dossier-secret': secret } : {}) },
      body: JSON.stringify(body),
    });
  expect((await post('list', { path: dossier.root }, false)).status).toBe(401);
  expect(await (await post('list', { path: dossier.root })).json()).toEqual({ error: 'Dit venster is al gesloten; kies opnieuw.' });
  const letter = join(dossier.corpusDir, '000_b4e4b4ff528499ed.txt');
  expect(await (await post('download', { path: letter })).json()).toEqual({ error: 'Ongeldig verzoek.' });
  expect((await (await post('download', { path: join(dossier.root, 'x.docx') })).json()) as { error: string }).toHaveProperty('error');
});
