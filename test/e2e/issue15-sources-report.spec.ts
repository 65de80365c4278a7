import { appendFile, mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';

import { L000, openLetter, parsedLetter, passages, selectInReader } from './briefing-helpers';
import { expect, screenshotDir, test } from './fixtures';

/** Issue 15, "Sources report": the Bronnenoverzicht in the app, opened by shortcut or toolbar, read and followed. */
const L004 = '004_ea691d26e1781c0b.txt';
const SITE = 'https://zoek.officielebekendmakingen.nl/';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Bronnenoverzicht' });
const entry = (page: Page, file: string) => dialog(page).locator(`li.sources-entry[data-file="${file}"]`);

/** Quotes the first long body paragraph of `file` from `from` to `to` through the reader and Ctrl+Shift+Enter. */
async function quote(page: Page, file: string, skip = 0): Promise<string> {
  await openLetter(page, file);
  const letter = await parsedLetter(page, file);
  const block = letter.blocks.filter((candidate) => candidate.kind === 'paragraph' && candidate.text.length > 80)[skip]!;
  const count = await passages(page).count();
  await selectInReader(page, block.id, 0, 60);
  await page.keyboard.press('Control+Shift+Enter');
  await expect(passages(page)).toHaveCount(count + 1);
  return block.text.slice(0, 60);
}

test('the sources report lists each source in first-quoted order with citation, link, hash status and passages; a passage entry jumps to it', async ({
  page,
  dossier,
}) => {
  void dossier;
  await quote(page, L004);
  await quote(page, L000);
  await quote(page, L004, 1);

  // Opened with the keyboard shortcut.
  await page.keyboard.press('Control+Shift+L');
  await expect(dialog(page)).toBeVisible();
  const entries = dialog(page).locator('li.sources-entry');
  await expect(entries).toHaveCount(2);
  expect(await entries.evaluateAll((items) => items.map((item) => item.getAttribute('data-file')))).toEqual([L004, L000]);
  await expect(dialog(page).getByText('2 bronnen, 3 citaten', { exact: false })).toBeVisible();

  // L000 is Kamerstuk 36 045, nr. 264: its official citation and its publication link.
  await expect(entry(page, L000).getByRole('heading', { level: 3 })).toContainText('Kamerstukken II 2025/26, 36 045, nr. 264');
  await expect(entry(page, L000).getByRole('link', { name: `${SITE}kst-36045-264` })).toHaveAttribute('href', `${SITE}kst-36045-264`);
  await expect(entry(page, L000).locator('.sources-hash')).toHaveAttribute('data-hash-state', 'same');
  const l004Passages = entry(page, L004).getByRole('list', { name: 'Citaten uit deze bron' }).getByRole('button');
  await expect(l004Passages).toHaveCount(2);
  await expect(l004Passages.first()).toHaveAccessibleName(/^Citaat 1, (alinea|p\.) .*— letterlijk\. Ga naar het citaat in de notitie\.$/);
  await expect(l004Passages.nth(1)).toContainText('Citaat 3');

  const axe = await new AxeBuilder({ page }).include('dialog.sources-dialog').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await dialog(page).screenshot({ path: join(screenshotDir, 'issue15-sources-report.png') });

  // Keyboard: Tab to the third passage's entry and Enter: the dialog closes, the passage has the focus.
  await l004Passages.nth(1).focus();
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeHidden();
  await expect(passages(page).nth(2)).toBeFocused();

  // Mouse: the toolbar button opens it, a click on the first passage's entry jumps there; Escape closes it.
  await page
    .getByRole('toolbar')
    .getByRole('button', { name: /^Bronnenoverzicht/ })
    .click();
  await expect(dialog(page)).toBeVisible();
  await entry(page, L000).getByRole('button').first().click();
  await expect(passages(page).nth(1)).toBeFocused();
  await page.keyboard.press('Control+Shift+L');
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
});

test('a letter changed or gone since it was quoted is flagged in the sources report', async ({ page, dossier }) => {
  await quote(page, L000);
  await quote(page, L004);
  await appendFile(join(dossier.corpusDir, L000), '\nEen alinea die later is toegevoegd.\n');
  await rm(join(dossier.corpusDir, L004));
  await expect(page.getByRole('region', { name: 'Bibliotheek' }).locator(`.letter-item[data-file="${L004}"]`)).toHaveCount(0);

  await expect(async () => {
    await page.keyboard.press('Control+Shift+L');
    await expect(entry(page, L000).locator('.sources-hash')).toHaveAttribute('data-hash-state', 'changed', { timeout: 1000 });
  }).toPass();
  await expect(entry(page, L000).locator('.sources-hash')).toContainText('Brief gewijzigd sinds het citeren');
  await expect(entry(page, L004).locator('.sources-hash')).toHaveAttribute('data-hash-state', 'missing');
  await expect(entry(page, L004).locator('.sources-hash')).toContainText('Brief niet meer in het corpus');
  await expect(entry(page, L004).getByRole('button').first()).toContainText('niet gevonden');
});

test('"Bronnenoverzicht als bijlage" chosen in the dialog: the Word export ends with the report and links the publication', async ({
  page,
  dossier,
}) => {
  await quote(page, L000);
  await page.keyboard.press('Control+Shift+L');
  const option = dialog(page).getByRole('checkbox', { name: /^Bronnenoverzicht als bijlage bij het exporteren/ });
  await expect(option).not.toBeChecked();
  await option.check();
  await page.keyboard.press('Escape');
  await mkdir(dossier.workDir, { recursive: true });
  const target = join(dossier.workDir, 'met-bronnen.docx');
  dossier.preview.dialogs.answer(target);
  await page
    .getByRole('toolbar')
    .getByRole('button', { name: /^Exporteren naar Word/ })
    .click();
  await expect(page.getByRole('status').filter({ hasText: `Geëxporteerd naar ${target}` })).toBeVisible();
  const parts = unzipSync(new Uint8Array(await readFile(target)));
  const document = strFromU8(parts['word/document.xml']!);
  expect(document).toContain('Bronnenoverzicht');
  expect(document).toMatch(/— letterlijk/);
  const id = /<w:hyperlink [^>]*r:id="([^"]+)"/.exec(document)?.[1];
  expect(strFromU8(parts['word/_rels/document.xml.rels']!)).toContain(
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${SITE}kst-36045-264" TargetMode="External"/>`,
  );
});
