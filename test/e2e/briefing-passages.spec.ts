import { join } from 'node:path';

import {
  addFromReader,
  blockWithNote,
  briefing,
  citationOfBlock,
  editorBox,
  handleOf,
  L000,
  mouseDrag,
  noteLines,
  noteTextsOf,
  openLetter,
  parsedLetter,
  passages,
  selectInReader,
  settle,
  topLevel,
} from './briefing-helpers';
import { expect, screenshotDir, test } from './fixtures';

const JOINT = 'Joint Statement of European Leaders';

test('a passage dragged by its handle moves within the briefing; its notes renumber in the new order; undo moves it back', async ({
  page,
  dossier,
}) => {
  void dossier;
  await openLetter(page, L000);
  const letter = await parsedLetter(page, L000);
  const joint = blockWithNote(letter, JOINT);
  const other = letter.blocks.find((block) => block !== joint.block && block.kind === 'paragraph' && block.notes.length > 0)!;
  const notesOf = (block: typeof other) => noteTextsOf(letter, block);
  const citation = (block: typeof other) => citationOfBlock(letter, letter.blocks.indexOf(block));
  const numbered = (texts: string[]) => texts.map((text, i) => `${i + 1} ${text}`);

  await mouseDrag(page, handleOf(page, joint.block.id), editorBox(page));
  await expect(passages(page)).toHaveCount(1);
  await mouseDrag(page, handleOf(page, other.id), editorBox(page).locator('p').last());
  await expect(passages(page)).toHaveCount(2);
  await expect(passages(page).nth(1)).toContainText(other.text.slice(0, 40));
  const before = numbered([...notesOf(joint.block), citation(joint.block), ...notesOf(other), citation(other)]);
  await expect.poll(() => noteLines(page)).toEqual(before);

  // Drag the second passage by its handle onto the upper part of the first: it moves above it.
  const handle = passages(page).nth(1).getByRole('button', { name: 'Citaat verslepen' });
  await mouseDrag(page, handle, passages(page).first(), 0.2);
  await expect(passages(page).first()).toContainText(other.text.slice(0, 40));
  await expect(passages(page).nth(1)).toContainText(joint.block.text.slice(0, 40));
  await expect(passages(page)).toHaveCount(2); // moved, not copied
  const after = numbered([...notesOf(other), citation(other), ...notesOf(joint.block), citation(joint.block)]);
  await expect.poll(() => noteLines(page)).toEqual(after);
  // The numbers in the quotes follow: the first passage's first note is 1, the second's follows the first's citation.
  await expect(passages(page).first().locator('.ed-note-number').first()).toHaveText('1');
  await expect(passages(page).nth(1).locator('.ed-note-number').first()).toHaveText(String(other.notes.length + 2));
  await page.screenshot({ path: join(screenshotDir, 'briefing-reordered.png') });

  // Dragging it back to the end by its handle (below the last passage) restores the first order.
  await mouseDrag(page, passages(page).first().getByRole('button', { name: 'Citaat verslepen' }), editorBox(page).locator('p').last());
  await expect.poll(() => noteLines(page)).toEqual(before);
  await expect(passages(page).nth(1)).toContainText(other.text.slice(0, 40));

  // Undo takes the last move back.
  await editorBox(page).locator('p').last().click();
  await page.keyboard.press('Control+z');
  await expect.poll(() => noteLines(page)).toEqual(after);
  await expect(passages(page)).toHaveCount(2);

  // From the footnote list (scrolled into view, below both quotes) back to the first note's passage.
  const notes = briefing(page).getByRole('region', { name: 'Voetnoten' });
  await notes.scrollIntoViewIfNeeded();
  // Scroll the briefing to its very end so the first quote is surely out of view, whatever the layout.
  await notes.hover();
  await page.mouse.wheel(0, 20_000);
  await expect(passages(page).first().locator('.ed-passage-bar')).not.toBeInViewport();
  await notes.getByRole('button', { name: 'Voetnoot 1 in de tekst tonen' }).click();
  await expect(passages(page).first().locator('.ed-note-number').first()).toBeInViewport();
});

test('"Aan notitie toevoegen" and Ctrl+Shift+Enter put exactly the selected words after the block with the cursor', async ({
  page,
  dossier,
}) => {
  void dossier;
  await editorBox(page).click();
  await page.keyboard.type('Eerste alinea.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Tweede alinea.');
  await editorBox(page).getByText('Eerste alinea.').click(); // the cursor in the first paragraph
  await settle(page);

  await openLetter(page, L000);
  const letter = await parsedLetter(page, L000);
  const block = letter.blocks.find((candidate) => candidate.text.startsWith('De afgelopen weken'))!;
  const phrase = 'het door de VS geleide vredesproces in een stroomversnelling gekomen';
  const start = block.text.indexOf(phrase);
  expect(start).toBeGreaterThan(0);
  expect(await selectInReader(page, block.id, start, start + phrase.length)).toBe(phrase);
  await expect(page.getByTestId('selection-status')).toHaveAttribute(
    'data-range',
    `${block.id}:${start}–${block.id}:${start + phrase.length}`,
  );

  await page.keyboard.press('Control+Shift+Enter');
  await expect(passages(page)).toHaveCount(1);
  // The quote is the selected words and its citation note number, nothing else.
  await expect(passages(page).first().locator('.ed-passage-quote')).toHaveText(`${phrase}1`);
  await expect.poll(() => topLevel(page)).toEqual(['p: Eerste alinea.', `passage: ${phrase}`, 'p: Tweede alinea.']);
  // No notes inside these words: only the passage's citation is a note, with the exact range.
  await expect.poll(() => noteLines(page)).toEqual([`1 ${citationOfBlock(letter, letter.blocks.indexOf(block))}`]);

  // The button does the same, here after the second paragraph (the cursor at its end).
  await editorBox(page).getByText('Tweede alinea.').click();
  await page.keyboard.press('End');
  await settle(page);
  const joint = blockWithNote(letter, JOINT);
  const second = 'Op 15 december jl. spraken Europese leiders in Berlijn uit';
  const from = joint.block.text.indexOf(second);
  await addFromReader(page, [{ block: joint.block.id, start: from, end: from + second.length }], 'button');
  await expect(passages(page)).toHaveCount(2);
  await expect
    .poll(() => topLevel(page))
    .toEqual(['p: Eerste alinea.', `passage: ${phrase}`, 'p: Tweede alinea.', `passage: ${second}`, 'p: ']);
  await expect(passages(page).nth(1)).toHaveAttribute('aria-label', /^Citaat uit /);
});

test('citation style "line": the citation stands under the quote instead of in the notes, and the other notes renumber', async ({
  page,
  dossier,
}) => {
  void dossier;
  await openLetter(page, L000);
  const letter = await parsedLetter(page, L000);
  const joint = blockWithNote(letter, JOINT);
  const citation = citationOfBlock(letter, letter.blocks.indexOf(joint.block));
  const jointNotes = noteTextsOf(letter, joint.block);
  await mouseDrag(page, handleOf(page, joint.block.id), editorBox(page));
  await expect(passages(page)).toHaveCount(1);
  await editorBox(page).locator('p').last().click();
  await page.keyboard.type('Het kabinet steunt dit.');
  await briefing(page).getByRole('button', { name: 'Voetnoot invoegen (Ctrl+Alt+F)' }).click();
  await briefing(page).getByLabel('Tekst van de voetnoot').fill('Eigen toelichting.');
  await page.keyboard.press('Enter');

  const inFootnoteStyle = [...jointNotes, citation, 'Eigen toelichting.'].map((text, i) => `${i + 1} ${text}`);
  await expect.poll(() => noteLines(page)).toEqual(inFootnoteStyle);
  await expect(passages(page).first().locator('.ed-citation-number')).toHaveText(String(jointNotes.length + 1));
  await expect(passages(page).first().locator('.ed-passage-citation')).toHaveCount(0);
  await expect(editorBox(page).locator('.ed-footnote-ref')).toHaveText(String(jointNotes.length + 2));

  await briefing(page).getByText('Eigenschappen').click();
  await briefing(page).getByRole('group', { name: 'Bronvermelding' }).getByLabel('Als regel onder het citaat').check();
  await expect(passages(page).first().locator('.ed-passage-citation')).toHaveText(`(${citation})`);
  await expect(passages(page).first().locator('.ed-citation-number')).toHaveCount(0);
  const inLineStyle = [...jointNotes, 'Eigen toelichting.'].map((text, i) => `${i + 1} ${text}`);
  await expect.poll(() => noteLines(page)).toEqual(inLineStyle);
  await expect(editorBox(page).locator('.ed-footnote-ref')).toHaveText(String(jointNotes.length + 1));
  await page.screenshot({ path: join(screenshotDir, 'briefing-citation-line.png') });

  // And back.
  await briefing(page).getByRole('group', { name: 'Bronvermelding' }).getByLabel('Als voetnoot').check();
  await expect.poll(() => noteLines(page)).toEqual(inFootnoteStyle);
});
