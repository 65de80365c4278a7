import { briefing, editorBox, noteLines } from './briefing-helpers';
import { expect, test } from './fixtures';

/** Issue 18, finding 2: each form keeps its own draft; an unsent comment never becomes a footnote. */
test('an unsent comment stays the comment form’s draft: the footnote form opens empty and the comment comes back', async ({
  page,
  dossier,
}) => {
  void dossier;
  await editorBox(page).click();
  await page.keyboard.type('De minister steunt het voorstel.');
  // Select a word ("voorstel") with the mouse: double-click.
  await editorBox(page)
    .getByText('De minister steunt het voorstel.')
    .dblclick({ position: { x: 5, y: 5 } });
  await briefing(page).getByRole('button', { name: 'Opmerking toevoegen (Ctrl+Alt+M)' }).click();
  const commentField = briefing(page).getByLabel('Opmerking', { exact: true });
  await commentField.pressSequentially('Nog navragen bij DGPZ');
  // Not added: click in the editor, then "+ Voetnoot".
  await editorBox(page).getByText('De minister steunt het voorstel.').click();
  await briefing(page).getByRole('button', { name: 'Voetnoot invoegen (Ctrl+Alt+F)' }).click();
  const footnoteField = briefing(page).getByLabel('Tekst van de voetnoot');
  await expect(footnoteField).toHaveValue('');
  await expect(briefing(page).getByRole('status')).toContainText('Uw opmerking is nog niet toegevoegd');
  // Enter on the empty field inserts nothing.
  await page.keyboard.press('Enter');
  await expect(briefing(page).locator('.ed-notes-list li')).toHaveCount(0);
  await footnoteField.pressSequentially('Zie Kamerstuk 36 045');
  await page.keyboard.press('Enter');
  await expect.poll(() => noteLines(page)).toEqual(['1 Zie Kamerstuk 36 045']);

  // The comment's draft is still there when its form reopens, and can be added.
  await briefing(page).getByRole('button', { name: 'Opmerking toevoegen (Ctrl+Alt+M)' }).click();
  await expect(commentField).toHaveValue('Nog navragen bij DGPZ');
  await expect(briefing(page).getByRole('complementary', { name: 'Opmerkingen' })).not.toContainText('Nog navragen bij DGPZ');
  // Cancelling discards it for good.
  await briefing(page).getByRole('button', { name: 'Annuleren' }).click();
  await briefing(page).getByRole('button', { name: 'Opmerking toevoegen (Ctrl+Alt+M)' }).click();
  await expect(commentField).toHaveValue('');
});
