import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';

import type { Locator, Page } from '@playwright/test';

import { formatCitation } from '../../app/briefing/citation';
import { bodyParagraphNumbers } from '../../app/briefing/locator';
import { officialSourceRefOf } from '../../app/briefing/official-source';
import type { Letter } from '../../app/corpus/types';
import type { DossierApi } from '../../app/ipc/contract';
import { type DossierFixture, expect, projectRoot } from './fixtures';

export const L000 = '000_b4e4b4ff528499ed.txt';

export const reader = (page: Page) => page.getByRole('region', { name: 'Lezer' });
export const briefing = (page: Page) => page.getByRole('region', { name: 'Notitie', exact: true });
export const editorBox = (page: Page) => page.getByRole('textbox', { name: 'Tekst van de notitie' });
export const passages = (page: Page) => briefing(page).locator('.ed-passage');
/** "number text" of every note in the footnote area, in order. */
export const noteLines = (page: Page) =>
  briefing(page)
    .locator('.ed-notes-list li')
    .evaluateAll((items) =>
      items.map((li) => `${li.querySelector('.ed-note-label')?.textContent} ${li.querySelector('.ed-note-text')?.textContent}`),
    );

/** The letter as main parsed it, through the same bridge the app uses. */
export const parsedLetter = (page: Page, file: string): Promise<Letter> =>
  page.evaluate(async (f) => {
    const result = await (window as unknown as { dossier: DossierApi }).dossier.corpusLetter({ file: f });
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  }, file);

/** The official source citation (issue 15) of a passage quoting the whole block at `blockIndex`, as createPassage makes it. */
export function citationOfBlock(letter: Letter, blockIndex: number): string {
  const block = letter.blocks[blockIndex]!;
  const paragraph = bodyParagraphNumbers(letter.blocks)[blockIndex];
  const part = { blockIndex, ...(block.page ? { page: block.page } : {}), ...(paragraph ? { paragraph } : {}) };
  return formatCitation(officialSourceRefOf(letter), [part], 'official');
}

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
  reader(page)
    .locator('.block-row, li')
    .filter({ has: page.locator(`[data-block="${blockId}"]`) })
    .locator('.drag-handle')
    .first();

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

/**
 * Selects characters `start`–`end` of a block's text in the reader, as a user's mouse selection
 * would (focus leaves the editor; the DOM selection covers the block's text nodes, footnote markers
 * not counted), and returns
 * the selected string.
 */
export const selectInReader = (page: Page, blockId: string, start: number, end: number): Promise<string> =>
  page.evaluate(
    ({ id, from, to }) => {
      const el = document.querySelector(`[data-block="${id}"]`)!;
      el.scrollIntoView({ block: 'center' });
      // A mouse press in the reader's text takes the focus from the briefing editor first.
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const texts: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement!.closest('[data-nontext]')) texts.push(n as Text);
      const point = (offset: number): [Text, number] => {
        for (const t of texts) {
          if (offset <= t.data.length) return [t, offset];
          offset -= t.data.length;
        }
        throw new Error('offset past the block');
      };
      const range = document.createRange();
      range.setStart(...point(from));
      range.setEnd(...point(to));
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    },
    { id: blockId, from: start, to: end },
  );

/** Words of a reader block to add: characters `start`–`end` of its text (for a drag: the whole block). */
export interface ReaderWords {
  block: string;
  start?: number;
  end?: number;
}

/**
 * Adds each of `words` from the open letter to the briefing as a user does, one after the other,
 * waiting until the briefing holds one passage more each time: `keys` selects the words in the
 * reader and presses Ctrl+Shift+Enter, `button` selects them and clicks "Aan notitie toevoegen",
 * `drag` drags the block's handle onto the briefing's last paragraph with the mouse. Returns the
 * selected texts ('' for a drag).
 */
export async function addFromReader(
  page: Page,
  words: readonly ReaderWords[],
  via: 'keys' | 'button' | 'drag' = 'keys',
): Promise<string[]> {
  const selected: string[] = [];
  for (const { block, start = 0, end } of words) {
    const count = await passages(page).count();
    if (via === 'drag') {
      await mouseDrag(page, handleOf(page, block), editorBox(page).locator('p').last());
      selected.push('');
    } else {
      selected.push(await selectInReader(page, block, start, end ?? start));
      if (via === 'keys') await page.keyboard.press('Control+Shift+Enter');
      else await reader(page).getByRole('button', { name: 'Aan notitie toevoegen' }).click();
    }
    await expect(passages(page)).toHaveCount(count + 1);
  }
  return selected;
}

/**
 * The top-level blocks of the briefing text: "passage: <quoted words>" for quotes, else
 * "<tag>: <text>"; note numbers are left out, so a quote reads as the words it holds.
 */
export const topLevel = (page: Page): Promise<string[]> =>
  editorBox(page).evaluate((root) =>
    [...root.children].map((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      for (const number of copy.querySelectorAll('.ed-note-number')) number.remove();
      const quote = copy.querySelector('.ed-passage-quote');
      return quote ? `passage: ${quote.textContent}` : `${el.tagName.toLowerCase()}: ${copy.textContent}`;
    }),
  );

/**
 * Lets the page process what is queued (the browser's `selectionchange` after a click or a caret
 * key, which is how the editor learns where the caret is): two animation frames and a task.
 */
export const settle = (page: Page): Promise<void> =>
  page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))));

/**
 * The text of the table cell holding the editor's caret as Lexical knows it (its selection's
 * anchor, not the DOM's: a click reaches the DOM selection at once and Lexical on the next
 * `selectionchange`), or null outside a table.
 */
export const editorCaretCell = (page: Page): Promise<string | null> =>
  page.evaluate(() => {
    type Editor = {
      getEditorState(): { _selection: { anchor?: { key: string } } | null };
      getElementByKey(key: string): HTMLElement | null;
    };
    const editor = (document.querySelector('.editor-input') as unknown as { __lexicalEditor: Editor }).__lexicalEditor;
    const key = editor.getEditorState()._selection?.anchor?.key;
    const element = key ? editor.getElementByKey(key) : null;
    return element?.closest('td, th')?.textContent ?? null;
  });

/**
 * Extends the selection backwards with Shift+← until it holds `text`, as a user does who watches
 * the selection: the editor settles between keys, and a key the browser took without moving (at a
 * comment mark's edge, or while the editor was still reconciling typed text) is pressed again, at
 * most three times over. Fails when the selection never reads `text`.
 */
export async function selectBack(page: Page, text: string): Promise<void> {
  await settle(page);
  const selected = () => page.evaluate(() => window.getSelection()?.toString() ?? '');
  for (let presses = 0; presses < text.length + 3 && (await selected()) !== text; presses++) {
    await page.keyboard.press('Shift+ArrowLeft');
    await settle(page);
  }
  expect(await selected()).toBe(text);
}

/**
 * Types `sentence` into the briefing (where the cursor is), selects `words` — the words just
 * before its final character — with the keyboard, and adds a comment with `text` through the
 * toolbar. Returns the comments panel.
 */
export async function typeAndComment(page: Page, sentence: string, words: string, text: string): Promise<Locator> {
  await page.keyboard.type(sentence);
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await selectBack(page, words);
  await briefing(page).getByRole('button', { name: 'Opmerking toevoegen (Ctrl+Alt+M)' }).click();
  await briefing(page).getByLabel('Opmerking', { exact: true }).fill(text);
  await briefing(page).getByRole('button', { name: 'Toevoegen', exact: true }).click();
  return briefing(page).getByRole('complementary', { name: 'Opmerkingen' });
}

/** The texts of the notes a block of `letter` references, in order. */
export const noteTextsOf = (letter: Letter, block: Letter['blocks'][number]): string[] =>
  block.notes.map((anchor) => letter.footnotes.find((note) => note.id === anchor.footnote)!.text);

/**
 * "Nieuw" (issue 19): Ctrl+N (or the file bar's button) opens the template dialog; the template
 * is chosen by its radio (default the empty briefing) and made with "Maken".
 */
export async function newBriefing(page: Page, template = 'Lege notitie', via: 'key' | 'button' = 'key'): Promise<void> {
  if (via === 'key') await page.keyboard.press('Control+n');
  else await briefing(page).getByRole('button', { name: 'Nieuw', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Nieuwe notitie' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: template, exact: true }).check();
  await dialog.getByRole('button', { name: 'Maken' }).click();
  await expect(dialog).toBeHidden();
}

/**
 * Opens a corpus of one letter: copies `fixture` (a path under test/fixtures, e.g. `pdf/tables.pdf`)
 * to `<workDir>/<folder>/<name>`, opens that folder with the library's "Map openen…" (the dialog
 * answered), waits for the folder's heading and opens its letter in the reader.
 */
export async function openOneLetterFolder(
  page: Page,
  dossier: DossierFixture,
  folder: string,
  fixture: string,
  name: string,
): Promise<void> {
  const path = join(dossier.workDir, folder);
  await mkdir(path, { recursive: true });
  await copyFile(join(projectRoot, 'test', 'fixtures', ...fixture.split('/')), join(path, name));
  const library = page.getByRole('region', { name: 'Bibliotheek' });
  dossier.preview.dialogs.answer(path);
  await library.getByRole('button', { name: 'Map openen…' }).click();
  await expect(library.getByRole('heading', { name: folder })).toBeVisible();
  await library.locator('.letter-item').first().click();
}
