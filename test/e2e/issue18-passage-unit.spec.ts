import { addFromReader, briefing, editorBox, L000, openLetter, parsedLetter, passages, settle, topLevel } from './briefing-helpers';
import { expect, test } from './fixtures';

/** Issue 18, finding 1: a quoted passage clicked once is one unit; typing, Delete and Backspace never touch its words. */
test('typing on a selected passage is refused with a hint; Delete/Backspace remove it as one undoable step and say so', async ({
  page,
  dossier,
}) => {
  void dossier;
  await openLetter(page, L000);
  const letter = await parsedLetter(page, L000);
  const [first, second] = letter.blocks.filter((block) => block.kind === 'paragraph' && block.text.length > 80);
  // Own text first, then two passages.
  await editorBox(page).click();
  await page.keyboard.type('Inleiding');
  await page.keyboard.press('Enter');
  // Each drop is in the briefing (its letter fetched, the passage inserted) before the next drag starts.
  await addFromReader(page, [{ block: first!.id }, { block: second!.id }], 'drag');
  await expect(passages(page)).toHaveCount(2);
  const before = await topLevel(page);

  // Click once on the quote: it shows the selection outline; type XY.
  await passages(page).first().locator('.ed-passage-quote').click();
  await expect(passages(page).first()).toHaveClass(/is-selected/);
  await page.keyboard.type('XY');
  await settle(page);
  expect(await topLevel(page)).toEqual(before);
  const status = briefing(page).getByRole('status').filter({ hasText: 'letterlijk' });
  await expect(status).toContainText('Een citaat blijft letterlijk');

  // Delete removes the passage (not the first letter of the document), announced; Ctrl+Z brings it back.
  await page.keyboard.press('Delete');
  await expect(passages(page)).toHaveCount(1);
  await expect(briefing(page).getByRole('status').filter({ hasText: 'Citaat verwijderd — Ctrl+Z' })).toBeVisible();
  expect((await topLevel(page))[0]).toBe('p: Inleiding');
  await page.keyboard.press('Control+z');
  await expect(passages(page)).toHaveCount(2);
  expect(await topLevel(page)).toEqual(before);

  // Backspace on the selected second passage: removed as one step, said so; one undo restores it.
  await passages(page).nth(1).locator('.ed-passage-quote').click();
  await expect(passages(page).nth(1)).toHaveClass(/is-selected/);
  await page.keyboard.press('Backspace');
  await expect(passages(page)).toHaveCount(1);
  await expect(briefing(page).getByRole('status').filter({ hasText: 'Citaat verwijderd — Ctrl+Z' })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(passages(page)).toHaveCount(2);
  expect(await topLevel(page)).toEqual(before);

  // Enter on a selected passage opens a paragraph after it; what is typed lands there.
  await passages(page).first().locator('.ed-passage-quote').click();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Eigen tekst');
  const after = await topLevel(page);
  expect(after.slice(0, 3)).toEqual([before[0], before[1], 'p: Eigen tekst']);
  expect(after.filter((line) => line.startsWith('passage:'))).toEqual(before.filter((line) => line.startsWith('passage:')));
});
