import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import {
  blockWithNote,
  briefing,
  citationOfBlock,
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
import { mouseSelect } from './issue18-helpers';

const JOINT = 'Joint Statement of European Leaders';

test('dragging paragraphs in brings their notes and citations, numbered in document order; undo goes back', async ({ page, dossier }) => {
  void dossier;
  await openLetter(page, L000);
  const letter = await parsedLetter(page, L000);
  const joint = blockWithNote(letter, JOINT);
  const jointIndex = letter.blocks.indexOf(joint.block);
  const citation = (index: number) => citationOfBlock(letter, index);

  await mouseDrag(page, handleOf(page, joint.block.id), editorBox(page));
  await expect(passages(page)).toHaveCount(1);
  await expect(passages(page).first()).toContainText(joint.block.text.slice(0, 60));
  await expect(passages(page).first().locator('.ed-note-number').first()).toHaveText('1');
  const jointNotes = letter.footnotes.filter((note) => joint.block.notes.some((anchor) => anchor.footnote === note.id));
  const afterFirst = [...jointNotes.map((note, i) => `${i + 1} ${note.text}`), `${jointNotes.length + 1} ${citation(jointIndex)}`];
  expect(afterFirst[0]).toMatch(/^1 Joint Statement of European Leaders from the Meeting in Berlin, 15 december 2025$/);
  await expect.poll(() => noteLines(page)).toEqual(afterFirst);

  // Another paragraph with a note, dropped on the upper half of the first passage: it lands above it.
  const other = letter.blocks.find((block) => block !== joint.block && block.kind === 'paragraph' && block.notes.length > 0)!;
  const otherIndex = letter.blocks.indexOf(other);
  const otherNotes = other.notes.map((anchor) => letter.footnotes.find((note) => note.id === anchor.footnote)!);
  await mouseDrag(page, handleOf(page, other.id), passages(page).first(), 0.2);
  await expect(passages(page)).toHaveCount(2);
  await expect(passages(page).first()).toContainText(other.text.slice(0, 40));
  const both = [
    ...otherNotes.map((note) => note.text),
    citation(otherIndex),
    ...jointNotes.map((note) => note.text),
    citation(jointIndex),
  ].map((text, i) => `${i + 1} ${text}`);
  await expect.poll(() => noteLines(page)).toEqual(both);
  await expect(passages(page).nth(1).locator('.ed-note-number').first()).toHaveText(String(otherNotes.length + 2));
  await page.screenshot({ path: join(screenshotDir, 'briefing-two-passages.png') });

  // Undo (Ctrl+Z in the editor) takes the second drop back; redo (Ctrl+Y) restores it.
  await editorBox(page).locator('p').last().click();
  await page.keyboard.press('Control+z');
  await expect(passages(page)).toHaveCount(1);
  await expect.poll(() => noteLines(page)).toEqual(afterFirst);
  await page.keyboard.press('Control+y');
  await expect(passages(page)).toHaveCount(2);
  await expect.poll(() => noteLines(page)).toEqual(both);
  await page.keyboard.press('Control+Shift+z');
  await page.keyboard.press('Control+z');
  await expect(passages(page)).toHaveCount(1);
});

test('a trimmed passage shows […] and stays faithful; after the source changes on disk it is flagged', async ({ page, dossier }) => {
  await openLetter(page, L000);
  const letter = await parsedLetter(page, L000);
  const joint = blockWithNote(letter, JOINT);
  await mouseDrag(page, handleOf(page, joint.block.id), editorBox(page));
  await expect(passages(page)).toHaveCount(1);

  // Keep from "Op 15 december jl." to the end of that sentence (its note stays with it), selected with the mouse in the preview.
  const start = joint.block.text.indexOf('Op 15 december jl.');
  const end = joint.block.text.indexOf('herstelmaatregelen.') + 'herstelmaatregelen.'.length;
  await passages(page).first().getByRole('button', { name: 'Inkorten' }).click();
  const dialog = briefing(page).getByRole('dialog', { name: 'Citaat inkorten' });
  await mouseSelect(page, dialog.getByRole('group', { name: 'Voorbeeld' }), joint.block.text.slice(start, end));
  await dialog.getByRole('button', { name: 'Alleen selectie behouden' }).click();
  await dialog.getByRole('button', { name: 'Inkorten' }).click();
  const quote = passages(page).first().locator('.ed-passage-quote');
  await expect(quote).toHaveText(`[…] ${joint.block.text.slice(start, end)}1 […]2`);
  await expect.poll(async () => (await noteLines(page))[0]).toBe(`1 ${joint.note.text}`);

  await briefing(page).getByRole('button', { name: 'Citaten controleren' }).click();
  await expect(briefing(page).getByRole('status')).toHaveText(/1 van 1 citaten kloppen met de bron\./);
  await expect(passages(page).first().locator('.ed-passage-badge')).toHaveText('Klopt');

  // Change the quoted words in the (temporary copy of the) corpus file.
  const file = join(dossier.corpusDir, L000);
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace('spraken Europese leiders in Berlijn uit', 'spraken Europese leiders in Parijs uit'));
  await expect(async () => {
    await briefing(page).getByRole('button', { name: 'Citaten controleren' }).click();
    await expect(passages(page).first().locator('.ed-passage-badge')).toHaveText('Bron gewijzigd', { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(briefing(page).getByRole('alert')).toContainText('komt niet meer overeen met de brief');
  await expect(passages(page).first()).toHaveClass(/is-flagged/);
  await page.screenshot({ path: join(screenshotDir, 'briefing-flagged.png') });
});
