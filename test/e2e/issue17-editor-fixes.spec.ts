import type { Locator, Page } from '@playwright/test';

import {
  addFromReader,
  briefing,
  editorBox,
  handleOf,
  L000,
  mouseDrag,
  openLetter,
  parsedLetter,
  passages,
  selectBack,
  settle,
  topLevel,
} from './briefing-helpers';
import { expect, test } from './fixtures';

const SENTENCE = 'Inleiding: de kern van het kabinetsbeleid en de uitvoering';

/** Selects `words`, just before the caret, with Shift+←, adds a comment with `text` by Ctrl+Alt+M and Ctrl+Enter. */
async function commentBack(page: Page, words: string, text: string): Promise<void> {
  await selectBack(page, words);
  await page.keyboard.press('Control+Alt+m');
  const field = briefing(page).getByLabel('Opmerking', { exact: true });
  await expect(field).toBeFocused();
  await page.keyboard.type(text);
  await page.keyboard.press('Control+Enter');
  await expect(field).toHaveCount(0);
  // The focus comes back to the text a moment after the form closes; keys pressed before it are lost.
  await expect(editorBox(page)).toBeFocused();
  await settle(page);
}

// Fresh export tester (session 10): two overlapping comments ending at a paragraph's end; text typed
// after Ctrl+End went before the commented words, and Enter split the paragraph inside them.
test('text typed after two overlapping comments at a paragraph end lands at the end', async ({ page, dossier }) => {
  void dossier;
  await editorBox(page).click();
  await page.keyboard.type(SENTENCE);
  await commentBack(page, 'de uitvoering', 'Opm B');
  await page.keyboard.press('Control+End');
  await commentBack(page, 'kabinetsbeleid en de uitvoering', 'Opm A');
  await page.keyboard.press('Control+End');
  await page.keyboard.type('.');
  await settle(page);
  await expect(editorBox(page).locator('p')).toHaveText([`${SENTENCE}.`]);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Nieuwe alinea');
  await expect(editorBox(page).locator('p')).toHaveText([`${SENTENCE}.`, 'Nieuwe alinea']);
  // Both comments still cover their words, and only them.
  const marked = await editorBox(page)
    .locator('mark')
    .evaluateAll((marks) => marks.map((mark) => mark.textContent));
  expect(marked).toEqual(['kabinetsbeleid en ', 'de uitvoering']);
  const comments = briefing(page).getByRole('complementary', { name: 'Opmerkingen' });
  await expect(comments.getByRole('listitem')).toHaveCount(2);
});

/** The note numbers at the end of `paragraph` as printed: each number with what its ::before adds (the comma of `⁹,¹⁰`). */
const printedNumbers = (paragraph: Locator): Promise<string> =>
  paragraph.evaluate((element) =>
    [...element.querySelectorAll('.ed-note-number')]
      .filter((sup) => !(sup as HTMLElement).hidden)
      .map((sup) => {
        const before = getComputedStyle(sup, '::before').content;
        return (before === 'none' || before === 'normal' ? '' : before.replace(/"/g, '')) + sup.textContent;
      })
      .join(''),
  );

// Fresh export tester: a quote's last note and its source note read "⁹¹⁰"; consecutive references read ⁹,¹⁰ as in the exports.
test('a quote ending in a note shows a comma between that note and its source note', async ({ page, dossier }) => {
  void dossier;
  await openLetter(page, L000);
  const letter = await parsedLetter(page, L000);
  // The words of a paragraph up to its first note: the quote ends in that note.
  const block = letter.blocks.find((candidate) => candidate.kind === 'paragraph' && candidate.notes.length > 0)!;
  const end = block.notes[0]!.offset;
  await addFromReader(page, [{ block: block.id, start: 0, end }]);
  const quoted = block.notes.filter((note) => note.offset <= end).length;
  // Notes in the quote's text are separate unless adjacent; the last one and the source note are adjacent.
  await expect
    .poll(() => printedNumbers(passages(page).first().locator('.ed-passage-part').last()))
    .toMatch(new RegExp(`(^|[^\\d,])${quoted},${quoted + 1}$`));
});

// Fresh export tester: after a click on a passage (node-selected), Ctrl+End and typing inserted nothing.
test('Ctrl+End from a selected passage puts the caret at the end of the briefing, and typing lands there', async ({ page, dossier }) => {
  void dossier;
  await editorBox(page).click();
  await page.keyboard.type('Eerste alinea.');
  await openLetter(page, L000);
  const letter = await parsedLetter(page, L000);
  const block = letter.blocks.find((candidate) => candidate.kind === 'paragraph' && candidate.text.length > 80)!;
  await mouseDrag(page, handleOf(page, block.id), editorBox(page).locator('p').last(), 0.9);
  await expect(passages(page)).toHaveCount(1);
  // The passage, then the empty paragraph an insert at the end adds after it.
  const before = await topLevel(page);
  expect(before.slice(-2)).toEqual([expect.stringMatching(/^passage: /), 'p: ']);

  await passages(page).first().locator('.ed-passage-quote').click();
  await expect(passages(page).first()).toHaveClass(/is-selected/);
  await page.keyboard.press('Control+End');
  await page.keyboard.type('Getypte tekst na Ctrl+End');
  await expect.poll(() => topLevel(page)).toEqual([...before.slice(0, -1), 'p: Getypte tekst na Ctrl+End']);
  await expect(passages(page).first()).not.toHaveClass(/is-selected/);

  // Again: the caret goes to the end of that paragraph, no new one.
  await passages(page).first().locator('.ed-passage-quote').click();
  await expect(passages(page).first()).toHaveClass(/is-selected/);
  await page.keyboard.press('Control+End');
  await page.keyboard.type('!');
  await expect.poll(() => topLevel(page)).toEqual([...before.slice(0, -1), 'p: Getypte tekst na Ctrl+End!']);
});
