import type { Locator, Page } from '@playwright/test';

import type { Letter } from '../../app/corpus/types';
import type { DossierApi } from '../../app/ipc/contract';
import { expect } from './fixtures';

export const L000 = '000_b4e4b4ff528499ed.txt';

export const reader = (page: Page) => page.getByRole('region', { name: 'Lezer' });
export const briefing = (page: Page) => page.getByRole('region', { name: 'Notitie' });
export const editorBox = (page: Page) => page.getByRole('textbox', { name: 'Tekst van de notitie' });
export const passages = (page: Page) => briefing(page).locator('.ed-passage');
/** "number text" of every note in the footnote area, in order. */
export const noteLines = (page: Page) =>
  briefing(page)
    .locator('.ed-notes-list li')
    .evaluateAll((items) => items.map((li) => `${li.querySelector('.ed-note-label')?.textContent} ${li.querySelector('.ed-note-text')?.textContent}`));

/** The letter as main parsed it, through the same bridge the app uses. */
export const parsedLetter = (page: Page, file: string): Promise<Letter> =>
  page.evaluate(async (f) => {
    const result = await (window as unknown as { dossier: DossierApi }).dossier.corpusLetter({ file: f });
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  }, file);

/** The first block of the letter whose notes include one whose text starts with `noteStart`, and that note. */
export function blockWithNote(letter: Letter, noteStart: string) {
  const note = letter.footnotes.find((candidate) => candidate.text.startsWith(noteStart));
  const block = letter.blocks.find((candidate) => candidate.notes.some((anchor) => anchor.footnote === note?.id));
  if (!note || !block) throw new Error(`geen alinea met noot "${noteStart}"`);
  return { block, note };
}

export async function openLetter(page: Page, file: string): Promise<void> {
  await page.getByRole('region', { name: 'Bibliotheek' }).locator(`.letter-item[data-file="${file}"]`).click();
  await expect(reader(page).locator(`article[data-file="${file}"]`)).toBeVisible();
}

/** The reader's drag handle of a block. */
export const handleOf = (page: Page, blockId: string): Locator =>
  reader(page).locator('.block-row, li').filter({ has: page.locator(`[data-block="${blockId}"]`) }).locator('.drag-handle').first();

/**
 * Drags with the real mouse (Chromium's native drag and drop as Playwright drives it): press on
 * `from`, move in steps to the point of `to` given as a fraction of its height, release.
 */
export async function mouseDrag(page: Page, from: Locator, to: Locator, yFraction = 0.5): Promise<void> {
  await from.scrollIntoViewIfNeeded();
  const a = (await from.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 5, { steps: 3 });
  await to.scrollIntoViewIfNeeded();
  const b = (await to.boundingBox())!;
  const target = { x: b.x + Math.min(b.width / 2, 200), y: b.y + b.height * yFraction };
  await page.mouse.move(target.x, target.y, { steps: 10 });
  await page.mouse.up();
}
