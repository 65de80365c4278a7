import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import { bodyParagraphNumbers } from '../../app/briefing/locator';
import {
  briefing,
  editorBox,
  handleOf,
  L000,
  mouseDrag,
  openLetter,
  parsedLetter,
  passages,
  reader,
  settle,
  topLevel,
} from './briefing-helpers';
import { appReady, expect, test } from './fixtures';

/** The briefing's blocks without the empty elements Lexical adds beside a decorator (img, block cursor). */
const blocks = async (page: Page) => (await topLevel(page)).filter((line) => !/^(img|div): $/.test(line));

/** Issue 18, finding 6: passages by keyboard, named reader handles, F6 between panes, skip link, landmarks. */
test('Tab reaches a passage and Alt+↓/↑ moves it, announced; reader handles are named after their paragraph', async ({ page, dossier }) => {
  void dossier;
  await openLetter(page, L000);
  const letter = await parsedLetter(page, L000);
  const [first, second] = letter.blocks.filter((block) => block.kind === 'paragraph' && block.text.length > 80);

  // Every handle has its own name: its paragraph's number and first words.
  const names = await reader(page)
    .locator('.drag-handle')
    .evaluateAll((handles) => handles.map((h) => h.getAttribute('aria-label')));
  expect(new Set(names).size).toBe(names.length);
  // Numbered as the sources count: body paragraphs only (not the salutation or the reference column).
  const number = bodyParagraphNumbers(letter.blocks)[letter.blocks.indexOf(first!)];
  await expect(handleOf(page, first!.id)).toHaveAccessibleName(
    new RegExp(`^Sleep alinea naar notitie: alinea ${number}, ${first!.text.split(/\s+/)[0]}`),
  );

  await editorBox(page).click();
  await page.keyboard.type('Inleiding');
  await page.keyboard.press('Enter');
  await mouseDrag(page, handleOf(page, first!.id), editorBox(page).locator('p').last());
  // The first drop is in the briefing (its letter fetched, the passage inserted) before the second drag starts.
  await expect(passages(page)).toHaveCount(1);
  await mouseDrag(page, handleOf(page, second!.id), editorBox(page).locator('p').last());
  await expect(passages(page)).toHaveCount(2);
  const [intro, quote1, quote2] = await blocks(page);

  // From the text, Tab goes to the first passage.
  await editorBox(page).getByText('Inleiding').click();
  await page.keyboard.press('Tab');
  await expect(passages(page).first()).toBeFocused();
  await expect(passages(page).first()).toHaveClass(/is-selected/);
  // Then its own buttons (Inkorten, remove), then the next passage.
  for (
    let i = 0;
    i < 5 &&
    !(await passages(page)
      .nth(1)
      .evaluate((el) => el === document.activeElement));
    i++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(passages(page).nth(1)).toBeFocused();

  // Alt+↑ moves the focused (second) passage above the first, announced; it keeps the focus.
  await page.keyboard.press('Alt+ArrowUp');
  expect((await blocks(page)).slice(0, 3)).toEqual([intro, quote2, quote1]);
  await expect(briefing(page).getByRole('status')).toContainText('Citaat verplaatst naar plaats 2 van');
  await expect(passages(page).first()).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  expect((await blocks(page)).slice(0, 3)).toEqual([quote2, intro, quote1]);
  // And a paragraph with the caret moves too.
  await editorBox(page).getByText('Inleiding').click();
  await settle(page);
  await page.keyboard.press('Alt+ArrowDown');
  expect((await blocks(page)).slice(0, 3)).toEqual([quote2, quote1, intro]);
  await expect(briefing(page).getByRole('status')).toContainText('Alinea verplaatst naar plaats 3 van');
  // The quotes' words never changed; typing goes to the caret, in the moved paragraph.
  await page.keyboard.press('End');
  await page.keyboard.type('!');
  expect((await blocks(page)).slice(0, 3)).toEqual([quote2, quote1, `${intro}!`]);
});

test('F6/Shift+F6 cycle the three panes; a skip link leads to the briefing; one main landmark and one h1; axe', async ({
  page,
  dossier,
}) => {
  void dossier;
  await openLetter(page, L000);
  await page.keyboard.press('F6'); // from the letter just clicked (library) to the reader
  await expect(reader(page).locator('article.reader')).toBeFocused();
  await page.keyboard.press('F6');
  await expect(editorBox(page)).toBeFocused();
  await page.keyboard.press('F6');
  await expect(page.getByRole('region', { name: 'Bibliotheek' }).getByRole('listbox', { name: 'Brieven' })).toBeFocused();
  await page.keyboard.press('Shift+F6');
  await expect(editorBox(page)).toBeFocused();
  await page.keyboard.press('Shift+F6');
  await expect(reader(page).locator('article.reader')).toBeFocused();

  // The skip link is the first Tab stop of the page and puts the focus in the briefing.
  await page.reload();
  await appReady(page);
  await expect(editorBox(page)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Bibliotheek' }).locator('.letter-item').first()).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Naar de notitie' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(editorBox(page)).toBeFocused();

  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await openLetter(page, L000);
  const axe = await new AxeBuilder({ page }).analyze();
  const byImpact = (impact: string) => axe.violations.filter((v) => v.impact === impact).map((v) => v.id);
  expect([...byImpact('critical'), ...byImpact('serious')]).toEqual([]);
  console.log('axe moderate:', byImpact('moderate'));
});
