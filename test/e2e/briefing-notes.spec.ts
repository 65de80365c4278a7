import { join } from 'node:path';

import type { Page } from '@playwright/test';

import {
  blockWithNote,
  briefing,
  editorBox,
  handleOf,
  L000,
  mouseDrag,
  noteLines,
  openLetter,
  parsedLetter,
  passages,
} from './briefing-helpers';
import { expect, screenshotDir, test } from './fixtures';

const refs = (page: Page) => editorBox(page).locator('.ed-footnote-ref');

/** Types `text` at the caret and inserts an own footnote with `note` right after it. */
async function typeWithNote(page: Page, text: string, note: string): Promise<void> {
  await page.keyboard.type(text);
  await page.keyboard.press('Control+Alt+f');
  await briefing(page).getByLabel('Tekst van de voetnoot').fill(note);
  await page.keyboard.press('Enter');
}

test('an own footnote is edited from its reference or the footnote list, undone, and deleted; quote notes stay verbatim', async ({
  page,
  dossier,
}) => {
  void dossier;
  await editorBox(page).click();
  await typeWithNote(page, 'Het kabinet steunt de verklaring.', 'Zie de geannoteerde agenda.');
  await typeWithNote(page, ' Ook de Kamer is geïnformeerd.', 'Kamerbrief van 6 januari 2026.');
  await expect.poll(() => noteLines(page)).toEqual(['1 Zie de geannoteerde agenda.', '2 Kamerbrief van 6 januari 2026.']);

  // Click on reference 1 in the text: the same small form, prefilled with the note's text.
  await refs(page).first().click();
  const field = briefing(page).getByLabel('Tekst van voetnoot 1');
  await expect(field).toHaveValue('Zie de geannoteerde agenda.');
  await expect(field).toBeFocused();
  // The note being edited is marked in the text and in the list.
  await expect(refs(page).first().locator('.ed-note-number')).toHaveClass(/is-editing/);
  await expect(briefing(page).locator('.ed-notes-list li.is-editing .ed-note-text')).toHaveText('Zie de geannoteerde agenda.');
  await field.fill('Zie de geannoteerde agenda van de Europese Raad.');
  await page.screenshot({ path: join(screenshotDir, 'briefing-note-edit.png') });
  await field.press('Enter');
  await expect(field).toBeHidden();
  await expect
    .poll(() => noteLines(page))
    .toEqual(['1 Zie de geannoteerde agenda van de Europese Raad.', '2 Kamerbrief van 6 januari 2026.']);
  await expect(refs(page).first().locator('.ed-note-number')).toHaveAttribute(
    'title',
    /^Zie de geannoteerde agenda van de Europese Raad\./,
  );

  // The edit is one undo step in the editor (focus is back in the text); redo repeats it.
  await expect(editorBox(page)).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect.poll(() => noteLines(page)).toEqual(['1 Zie de geannoteerde agenda.', '2 Kamerbrief van 6 januari 2026.']);
  await page.keyboard.press('Control+y');
  await expect
    .poll(() => noteLines(page))
    .toEqual(['1 Zie de geannoteerde agenda van de Europese Raad.', '2 Kamerbrief van 6 januari 2026.']);

  // From the footnote list with the keyboard: the ✎ button, Enter; Escape leaves the note as it was.
  const notes = briefing(page).getByRole('region', { name: 'Voetnoten' });
  await notes.getByRole('button', { name: 'Voetnoot 2 bewerken' }).focus();
  await page.keyboard.press('Enter');
  const second = briefing(page).getByLabel('Tekst van voetnoot 2');
  await expect(second).toHaveValue('Kamerbrief van 6 januari 2026.');
  await second.press('End');
  await page.keyboard.type(' Kamerstuk 36 045, nr. 264.');
  await page.keyboard.press('Escape');
  await expect(second).toBeHidden();
  await expect
    .poll(() => noteLines(page))
    .toEqual(['1 Zie de geannoteerde agenda van de Europese Raad.', '2 Kamerbrief van 6 januari 2026.']);
  // Clicking the text of an own note opens it too; this time it is saved.
  await notes.getByText('Kamerbrief van 6 januari 2026.').click();
  await second.press('End');
  await page.keyboard.type(' Kamerstuk 36 045, nr. 264.');
  await briefing(page).getByRole('button', { name: 'Bijwerken' }).click();
  await expect
    .poll(() => noteLines(page))
    .toEqual(['1 Zie de geannoteerde agenda van de Europese Raad.', '2 Kamerbrief van 6 januari 2026. Kamerstuk 36 045, nr. 264.']);

  // Deleting reference 1 in the text (Backspace right after it) removes its note; 2 becomes 1.
  await refs(page).first().click();
  await briefing(page).getByLabel('Tekst van voetnoot 1').press('Enter'); // unchanged; the caret is now after the reference
  await page.keyboard.press('Backspace');
  await expect(refs(page)).toHaveCount(1);
  await expect.poll(() => noteLines(page)).toEqual(['1 Kamerbrief van 6 januari 2026. Kamerstuk 36 045, nr. 264.']);
  await expect(refs(page)).toHaveText('1');
  await expect(editorBox(page)).toContainText('Het kabinet steunt de verklaring. Ook de Kamer is geïnformeerd.');

  // The list's delete button and the form's Verwijderen do the same.
  await notes.getByRole('button', { name: 'Voetnoot 1 verwijderen' }).click();
  await expect(refs(page)).toHaveCount(0);
  await expect(notes.getByText('Nog geen voetnoten.')).toBeVisible();
  await editorBox(page).click();
  await page.keyboard.press('End');
  await typeWithNote(page, ' Slot.', 'Weg ermee.');
  await refs(page).first().click();
  await briefing(page).getByRole('button', { name: 'Verwijderen', exact: true }).click();
  await expect(refs(page)).toHaveCount(0);
  await expect(editorBox(page)).toContainText('Ook de Kamer is geïnformeerd. Slot.');

  // A quoted passage's notes are verbatim: no edit or delete buttons, and clicking does nothing.
  await openLetter(page, L000);
  const joint = blockWithNote(await parsedLetter(page, L000), 'Joint Statement of European Leaders');
  await mouseDrag(page, handleOf(page, joint.block.id), editorBox(page));
  await expect(passages(page)).toHaveCount(1);
  const quoteNote = notes.locator('li[data-kind="quote"]').first();
  await expect(quoteNote.locator('.ed-note-text')).toHaveText(joint.note.text);
  await expect(quoteNote.getByRole('button')).toHaveText(['1']); // only "show in the text"
  await expect(quoteNote.getByRole('button', { name: /bewerken|verwijderen/ })).toHaveCount(0);
  await notes.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(screenshotDir, 'briefing-notes-list.png') });
  await quoteNote.locator('.ed-note-text').click();
  await passages(page).first().locator('.ed-note-number').first().click();
  await expect(briefing(page).locator('.ed-inline-form')).toHaveCount(0);
});
