import { join } from 'node:path';

import AxeBuilder from '@axe-core/playwright';

import { noteLines, openLetter, parsedLetter, passages, selectInReader } from './briefing-helpers';
import { expect, screenshotDir, test } from './fixtures';

/** Issue 15: a passage whose citation is incomplete says so ("bron onvolledig") and leads to the letter's metadata form. */
const L004 = '004_ea691d26e1781c0b.txt';

test('"bron onvolledig" on a passage opens the letter\'s metadata form; after saving, the citation is made again', async ({
  page,
  dossier,
}) => {
  void dossier;
  await openLetter(page, L004);
  const letter = await parsedLetter(page, L004);
  const block = letter.blocks.find((candidate) => candidate.kind === 'paragraph' && candidate.text.length > 80)!;
  await selectInReader(page, block.id, 0, 60);
  await page.keyboard.press('Control+Shift+Enter');
  await expect(passages(page)).toHaveCount(1);
  await expect.poll(async () => (await noteLines(page)).join('\n')).toContain('(bron onvolledig)');

  const flag = passages(page).first().getByRole('button', { name: 'Bron onvolledig: gegevens van de brief aanvullen' });
  await expect(flag).toBeVisible();
  await expect(flag).toHaveText('bron onvolledig');
  await flag.click();

  const form = page.getByRole('dialog', { name: 'Gegevens van de brief aanvullen' });
  await expect(form).toBeVisible();
  await expect(form.getByLabel('Datum')).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('dialog.sources-dialog[open]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await form.getByLabel('Datum').fill('2026-02-24');
  await form.getByLabel('Ministerie').fill('Ministerie van Buitenlandse Zaken');
  await form.screenshot({ path: join(screenshotDir, 'issue15-incomplete-source.png') });
  await form.getByRole('button', { name: 'Opslaan' }).click();

  await expect(form).toBeHidden();
  await expect(flag).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'de bronvermelding van 1 citaat is bijgewerkt' })).toBeVisible();
  const citation = (await noteLines(page)).find((line) => line.includes('kenmerk 2026Z02395'));
  expect(citation).toMatch(
    /Brief van het Ministerie van Buitenlandse Zaken aan de Tweede Kamer van 24 februari 2026, kenmerk 2026Z02395, alinea \d+$/,
  );
});
