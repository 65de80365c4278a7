import { mkdir } from 'node:fs/promises';

import { findInText } from '../../app/briefing/find-replace';
import { blockWithNote, briefing, editorBox, handleOf, L000, mouseDrag, openLetter, parsedLetter, passages } from './briefing-helpers';
import { exportAndRead } from './export-helpers';
import { expect, test } from './fixtures';

const WORD = 'Europese';
const OWN = 'De Europese steun. Het europese antwoord en Europese leiders.';

test('issue 19: Ctrl+H finds through own text and a quote, Replace all leaves the quote verbatim in one undo step; words and pages counted', async ({
  page,
  dossier,
}) => {
  await mkdir(dossier.workDir, { recursive: true });
  await openLetter(page, L000);
  const joint = blockWithNote(await parsedLetter(page, L000), 'Joint Statement of European Leaders');
  await mouseDrag(page, handleOf(page, joint.block.id), editorBox(page));
  await expect(passages(page)).toHaveCount(1);
  const quote = passages(page).first().locator('.ed-passage-quote');
  const quoted = await quote.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    for (const number of copy.querySelectorAll('sup')) number.remove();
    return copy.textContent!;
  });
  const inQuote = findInText(quoted, WORD, { matchCase: false, wholeWord: false }).length;
  expect(inQuote).toBeGreaterThan(0);

  // The word count follows typing.
  const words = briefing(page).locator('.briefing-words');
  const before = Number((await words.textContent())!.split(' ')[0]);
  await editorBox(page).locator('p').last().click();
  await page.keyboard.type(OWN);
  await expect(words).toHaveText(`${before + 9} woorden`);
  await expect(words).toHaveAttribute('title', /Eigen tekst: 9 woorden; citaten: \d+ woorden/);

  // Ctrl+H, type, Enter / Shift+Enter through the matches.
  await page.keyboard.press('Control+h');
  const bar = briefing(page).getByRole('search', { name: 'Zoeken en vervangen in de notitie' });
  await expect(bar.getByLabel('Zoeken', { exact: true })).toBeFocused();
  await page.keyboard.type(WORD);
  const count = bar.locator('.ed-find-count');
  const total = 3 + inQuote;
  await expect(count).toContainText(`1 van ${total}`);
  await page.keyboard.press('Enter');
  await expect(count).toContainText(`2 van ${total}`);
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.press('Shift+Enter');
  await expect(count).toContainText(`${total} van ${total}`);
  await page.keyboard.press('F3');
  await expect(count).toContainText(`1 van ${total}`);
  await expect(bar).toContainText('niet in voetnoten en opmerkingen');

  // Whole word and match case narrow the matches.
  await bar.getByLabel('Hoofdlettergevoelig').check();
  await expect(count).not.toContainText(`van ${total}`);
  await bar.getByLabel('Hoofdlettergevoelig').uncheck();
  await expect(count).toContainText(`van ${total}`);

  // Replace all: own text only, the quote verbatim, counted; one undo step.
  await bar.getByLabel('Vervangen door').focus();
  await page.keyboard.type('Unie-');
  await bar.getByRole('button', { name: 'Alles vervangen' }).focus();
  await page.keyboard.press('Enter');
  await expect(count).toHaveText(`3 vervangen; ${inQuote} in citaten overgeslagen`);
  await expect(editorBox(page)).toContainText('De Unie- steun. Het Unie- antwoord en Unie- leiders.');
  expect(await quote.evaluate((element) => element.textContent)).toContain(WORD);
  await page.keyboard.press('Escape');
  await expect(bar).toHaveCount(0);
  await expect(editorBox(page)).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(editorBox(page)).toContainText(OWN);

  // Pages as the PDF export sets them.
  const pages = briefing(page).locator('.briefing-pages');
  await expect(pages).toHaveAttribute('data-pages', /^\d+$/, { timeout: 15_000 });
  const shown = Number(await pages.getAttribute('data-pages'));
  expect((await exportAndRead(page, dossier, 'count.pdf')).pages).toBe(shown);
  await expect(pages).toHaveText(shown === 1 ? '1 pagina' : `${shown} pagina’s`);
});
