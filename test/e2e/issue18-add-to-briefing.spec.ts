import {
  briefing,
  editorBox,
  L000,
  newBriefing,
  openLetter,
  parsedLetter,
  passages,
  reader,
  selectInReader,
  settle,
  topLevel,
} from './briefing-helpers';
import { expect, test } from './fixtures';

/**
 * Issue 18, finding 4: "Aan notitie toevoegen" with the keyboard goes to the briefing's caret when
 * the briefing had it last, else to the end; the passage is scrolled to, highlighted and announced.
 */
test('adding from the reader with the keyboard: at the end without a caret, at the caret after one, scrolled, highlighted, announced', async ({
  page,
  dossier,
}) => {
  void dossier;
  // A long briefing, so the end is out of view.
  await editorBox(page).click();
  for (let i = 1; i <= 40; i++) {
    await page.keyboard.type(`Alinea ${i}.`);
    await page.keyboard.press('Enter');
  }
  await page.keyboard.type('Slot.');
  await openLetter(page, L000);
  const letter = await parsedLetter(page, L000);
  const block = letter.blocks.find((candidate) => candidate.kind === 'paragraph' && candidate.text.length > 60)!;
  // The caret back in the briefing, at the top (after "Alinea 1."'s block).
  await editorBox(page).getByText('Alinea 1.', { exact: true }).click();
  await page.keyboard.press('Control+Home');
  await settle(page);

  // Select in the reader and add with the keyboard: after "Alinea 1." where the caret was.
  await selectInReader(page, block.id, 0, 30);
  await page.keyboard.press('Control+Shift+Enter');
  await expect(passages(page)).toHaveCount(1);
  expect((await topLevel(page)).slice(0, 2)).toEqual(['p: Alinea 1.', `passage: ${block.text.slice(0, 30)}`]);
  await expect(passages(page).first()).toBeInViewport();
  await expect(briefing(page).locator('.ed-passage-host.is-just-added')).toHaveCount(1);
  await expect(briefing(page).getByRole('status').filter({ hasText: 'toegevoegd aan de notitie' })).toBeVisible();
  // The highlight is brief.
  await expect(briefing(page).locator('.ed-passage-host.is-just-added')).toHaveCount(0, { timeout: 4000 });

  // The next one follows the first.
  await selectInReader(page, block.id, 31, 50);
  await reader(page).getByRole('button', { name: 'Aan notitie toevoegen' }).focus();
  await page.keyboard.press('Enter');
  await expect(passages(page)).toHaveCount(2);
  expect((await topLevel(page)).slice(0, 3)).toEqual([
    'p: Alinea 1.',
    `passage: ${block.text.slice(0, 30)}`,
    `passage: ${block.text.slice(31, 50)}`,
  ]);
});

test('without a caret in the briefing (a briefing just opened), a passage added from the reader goes to the end, scrolled into view', async ({
  page,
  dossier,
}) => {
  void dossier;
  await editorBox(page).click();
  for (let i = 1; i <= 40; i++) {
    await page.keyboard.type(`Alinea ${i}.`);
    await page.keyboard.press('Enter');
  }
  await page.keyboard.type('Slot.');
  await page.keyboard.press('Control+s');
  await expect(briefing(page).getByRole('status')).toContainText('Opgeslagen als');
  // A new briefing, then the saved one back from the recent list: its caret was never placed.
  await newBriefing(page);
  await expect(editorBox(page).getByText('Slot.')).toHaveCount(0);
  await briefing(page).getByRole('combobox', { name: 'Recente notities' }).selectOption({ index: 1 });
  await expect(editorBox(page).getByText('Slot.')).toHaveCount(1);
  await briefing(page)
    .locator('.editor-body')
    .evaluate((el) => el.closest('.pane-scroll, .editor-shell')?.scrollTo(0, 0));

  await openLetter(page, L000);
  const letter = await parsedLetter(page, L000);
  const block = letter.blocks.find((candidate) => candidate.kind === 'paragraph' && candidate.text.length > 60)!;
  await selectInReader(page, block.id, 0, 30);
  await page.keyboard.press('Control+Shift+Enter');
  await expect(passages(page)).toHaveCount(1);
  const lines = await topLevel(page);
  expect(lines.slice(-3)).toEqual(['p: Slot.', `passage: ${block.text.slice(0, 30)}`, 'p: ']);
  await expect(passages(page).first()).toBeInViewport();
  await expect(briefing(page).getByRole('status').filter({ hasText: 'toegevoegd aan de notitie' })).toBeVisible();
});
