import AxeBuilder from '@axe-core/playwright';

import { L000, openLetter, parsedLetter, selectInReader } from './briefing-helpers';
import { expect, test } from './fixtures';

/**
 * Issue 21, finding 5: the selection status reads in plain language ("Twee zinnen uit alinea 4
 * geselecteerd"), the paragraph counted as the sources count it (body paragraphs only), not "blok b5, 0–262".
 */
test('selecting two sentences of the fourth paragraph says so in words, in Dutch and in English; axe clean', async ({ page, dossier }) => {
  void dossier;
  await openLetter(page, L000);
  const letter = await parsedLetter(page, L000);
  // The fourth body paragraph: the salutation and the heading before it do not count.
  const body = letter.blocks.filter((block) => !['reference', 'salutation', 'heading', 'closing', 'signature'].includes(block.kind));
  const fourth = body[3]!;
  expect(letter.blocks.indexOf(fourth)).toBe(5);
  const twoSentences = /^.+?\.\s+(?=\p{Lu}).+?\.(?=\s+\p{Lu})/u.exec(fourth.text)![0];

  const status = page.getByTestId('selection-status');
  await expect(status).toHaveText('Geen selectie — selecteer tekst om die te citeren');
  expect(await selectInReader(page, fourth.id, 0, twoSentences.length)).toBe(twoSentences);
  await expect(status).toHaveText('Twee zinnen uit alinea 4 geselecteerd');
  await expect(status).not.toContainText(fourth.id);

  // A few words only: counted as words.
  const words = fourth.text.indexOf(' ', fourth.text.indexOf(' ', fourth.text.indexOf(' ') + 1) + 1);
  await selectInReader(page, fourth.id, 0, words);
  await expect(status).toHaveText('Drie woorden uit alinea 4 geselecteerd');

  // Across paragraphs, and in the salutation.
  await page.evaluate(
    ({ a, b }) => {
      const first = document.querySelector(`[data-block="${a}"]`)!;
      const last = document.querySelector(`[data-block="${b}"]`)!;
      const range = document.createRange();
      range.setStart(first, 0);
      range.setEnd(last, last.childNodes.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    },
    { a: fourth.id, b: body[5]!.id },
  );
  await expect(status).toHaveText('Tekst uit alinea 4 tot en met 6 geselecteerd');
  await selectInReader(page, letter.blocks[0]!.id, 0, 'Geachte'.length);
  await expect(status).toHaveText('Eén woord uit de aanhef geselecteerd');

  const axe = await new AxeBuilder({ page }).include('.pane-reader').analyze();
  expect(axe.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => v.id)).toEqual([]);

  // The English interface says the same in English.
  await page.evaluate(() => getSelection()!.removeAllRanges());
  await page.getByRole('region', { name: 'Bibliotheek' }).getByRole('combobox', { name: 'Taal' }).selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await selectInReader(page, fourth.id, 0, twoSentences.length);
  await expect(status).toHaveText('Two sentences from paragraph 4 selected');
});
