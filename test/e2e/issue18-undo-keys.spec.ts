import { addFromReader, editorBox, L000, mouseDrag, openLetter, parsedLetter, passages } from './briefing-helpers';
import { expect, test } from './fixtures';

/**
 * Fresh-eyes test (session 7), finding 1: after a passage was dragged or removed with its ✕, the
 * focus fell to <body> and Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y did nothing (only the toolbar's ↶ worked).
 */
test('undo and redo keys work after a passage was removed with its ✕ or dragged: the focus goes back into the briefing', async ({
  page,
  dossier,
}) => {
  void dossier;
  // The editor's text never had the focus (as with a briefing just opened).
  await openLetter(page, L000);
  const letter = await parsedLetter(page, L000);
  const blocks = letter.blocks.filter((candidate) => candidate.kind === 'paragraph' && candidate.text.length > 60);
  await addFromReader(
    page,
    blocks.slice(0, 2).map((block) => ({ block: block.id, start: 0, end: 20 })),
  );
  // A quote's text as shown: its words, then any note number that follows them.
  const shown = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\d*$`);
  const first = shown(blocks[0]!.text.slice(0, 20));
  const second = shown(blocks[1]!.text.slice(0, 20));
  await expect(passages(page).locator('blockquote')).toHaveText([first, second]);

  // ✕ removes the second passage; its button is gone with it, and the focus goes back into the briefing.
  await passages(page).nth(1).getByRole('button', { name: 'Citaat verwijderen' }).click();
  await expect(passages(page)).toHaveCount(1);
  await expect.poll(() => editorBox(page).evaluate((box) => box.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Control+z');
  await expect(passages(page).locator('blockquote')).toHaveText([first, second]);
  await page.keyboard.press('Control+Shift+z');
  await expect(passages(page)).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(passages(page)).toHaveCount(2);

  // Drag the second passage above the first, then undo and redo (Ctrl+Y) by keyboard.
  await mouseDrag(page, passages(page).nth(1).getByRole('button', { name: 'Citaat verslepen' }), passages(page).nth(0), 0.2);
  await expect(passages(page).locator('blockquote')).toHaveText([second, first]);
  // The moved passage has the focus (its frame), so the keys act where the user is.
  await expect(passages(page).nth(0)).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(passages(page).locator('blockquote')).toHaveText([first, second]);
  await page.keyboard.press('Control+y');
  await expect(passages(page).locator('blockquote')).toHaveText([second, first]);
});
