import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import type { Letter } from '../../app/corpus/types';
import type { DossierApi } from '../../app/ipc/contract';
import { selectInReader } from './briefing-helpers';
import { expect, screenshotDir, test } from './fixtures';

const L000 = '000_b4e4b4ff528499ed.txt';
const L004 = '004_ea691d26e1781c0b.txt';
const ALL = [L000, '001_57334ae9a84e2305.txt', '002_5a2fb29aceb06802.txt', '003_edbfe19a925e505f.txt', L004];

const library = (page: Page) => page.getByRole('region', { name: 'Bibliotheek' });
const reader = (page: Page) => page.getByRole('region', { name: 'Lezer' });

/** The letter as main parsed it, fetched through the same bridge the app uses. */
const parsed = (page: Page, file: string): Promise<Letter> =>
  page.evaluate(async (f) => {
    const result = await (window as unknown as { dossier: DossierApi }).dossier.corpusLetter({ file: f });
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  }, file);

const openLetter = async (page: Page, file: string) => {
  await library(page).locator(`.letter-item[data-file="${file}"]`).click();
  await expect(reader(page).locator(`article[data-file="${file}"]`)).toBeVisible();
};

test('search as you type finds every letter naming Yeşilgöz and opens a hit at its block', async ({ page, dossier }) => {
  void dossier;
  const search = page.getByRole('combobox', { name: 'Zoeken in het corpus' });
  await search.fill('Yesilgoz');
  const hits = page.getByRole('listbox', { name: 'Zoekresultaten' }).getByRole('option');
  await expect(hits.first()).toBeVisible();
  const files = await hits.evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-file')))].sort());
  expect(files).toEqual(ALL);
  // Every snippet highlights the name, whichever spelling the letter uses.
  for (const mark of await hits.locator('mark').allTextContents()) expect(mark).toMatch(/^Ye[sş]ilg[oö]z/i);

  // Keyboard: ArrowDown moves the active hit, Enter opens it.
  await expect(hits.nth(0)).toHaveAttribute('aria-selected', 'true');
  await search.press('ArrowDown');
  await expect(hits.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(search).toHaveAttribute('aria-activedescendant', 'search-hit-1');
  const file = (await hits.nth(1).getAttribute('data-file'))!;
  await search.press('Enter');

  const hitBlock = reader(page).locator('.block-hit');
  await expect(hitBlock).toHaveCount(1);
  await expect(hitBlock).toBeInViewport();
  const letter = await parsed(page, file);
  const blockId = (await hitBlock.getAttribute('data-block'))!;
  const block = letter.blocks.find((b) => b.id === blockId)!;
  const noteTexts = letter.footnotes.filter((n) => block.notes.some((a) => a.footnote === n.id)).map((n) => n.text);
  expect([block.text, ...noteTexts].some((t) => /Ye[sş]ilg[oö]z/.test(t))).toBe(true);
  await page.screenshot({ path: join(screenshotDir, 'library-search.png') });
  await library(page).screenshot({ path: join(screenshotDir, 'library-pane-search.png') });
});

test('footnote 2 of 004 shows its text, its citation opens 000, which lists 004 under Geciteerd door', async ({ page, dossier }) => {
  void dossier;
  await openLetter(page, L004);
  const marker = reader(page).getByRole('link', { name: 'Voetnoot 2', exact: true });
  await marker.hover();
  const tip = reader(page).getByRole('tooltip').filter({ hasText: 'Kamerstuk 36 045, nr. 264.' });
  await expect(tip).toBeVisible();
  await expect(tip).toHaveText('2 Kamerstuk 36 045, nr. 264.');
  await expect(marker).toHaveAccessibleDescription('2 Kamerstuk 36 045, nr. 264.');
  const box = (await reader(page).boundingBox())!;
  await page.screenshot({ path: join(screenshotDir, 'reader-footnote.png'), clip: box });

  // Keyboard focus shows it too; Escape hides it.
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();
  await marker.focus();
  await expect(tip).toBeVisible();
  await marker.press('Escape');
  await expect(tip).toBeHidden();

  // The citation in note 2 links to letter 000 in the corpus.
  const note2 = reader(page).locator('#note-fn2');
  await expect(note2).toContainText('Kamerstuk 36 045, nr. 264.');
  const citation = note2.getByRole('link', { name: 'Kamerstuk 36 045, nr. 264' });
  await expect(citation).toHaveAttribute('data-target', L000);
  await citation.click();
  await expect(reader(page).locator(`article[data-file="${L000}"]`)).toBeVisible();
  await expect(library(page).locator(`.letter-item[data-file="${L000}"]`)).toHaveAttribute('aria-selected', 'true');

  const citedBy = reader(page).getByRole('region', { name: 'Geciteerd door' });
  await expect(citedBy.locator(`[data-target="${L004}"]`)).toBeVisible();
  await citedBy.scrollIntoViewIfNeeded();
  await reader(page).screenshot({ path: join(screenshotDir, 'reader-cited-by.png') });
  await citedBy.locator(`[data-target="${L004}"]`).click();
  await expect(reader(page).locator(`article[data-file="${L004}"]`)).toBeVisible();
});

test('a selection across a footnote marker maps to exact offsets in the parsed block', async ({ page, dossier }) => {
  void dossier;
  await openLetter(page, L004);
  const letter = await parsed(page, L004);
  const block = letter.blocks.find((b) => b.notes.some((n) => n.footnote === 'fn2'))!;
  const anchor = block.notes.find((n) => n.footnote === 'fn2')!.offset;
  const start = block.text.lastIndexOf('Coalition', anchor);
  const end = block.text.indexOf('Hoewel', anchor) + 'Hoewel'.length;
  expect(block.text.slice(anchor - 8, anchor)).toBe('Willing.');

  // Select from "Coalition" to the end of "Hoewel", over the superscript 2, in the DOM.
  const selected = await selectInReader(page, block.id, start, end);
  expect(selected).toContain('Coalition of the Willing.');
  await reader(page).locator(`[data-block="${block.id}"]`).scrollIntoViewIfNeeded();
  await expect(page.getByTestId('selection-status')).toHaveAttribute('data-range', `${block.id}:${start}–${block.id}:${end}`);

  // A drag of that selection carries the same range; the add button and Ctrl+Shift+Enter announce it.
  // (The button dispatches the editor's INSERT_PASSAGE_COMMAND; the range is read back from the passage it inserts.)
  const detail = page.evaluate(
    () =>
      new Promise((resolve) => {
        type Part = { block: string; start: number; end: number };
        type Json = { root: { children: Array<{ type: string; passage?: { source: { file: string }; parts: Part[] } }> } };
        type Editor = { registerUpdateListener(listener: (update: { editorState: { toJSON(): Json } }) => void): () => void };
        const editor = (document.querySelector('.editor-input') as unknown as { __lexicalEditor: Editor }).__lexicalEditor;
        const off = editor.registerUpdateListener(({ editorState }) => {
          const passage = editorState.toJSON().root.children.find((node) => node.type === 'dossier-passage')?.passage;
          if (!passage) return;
          off();
          const [first, last] = [passage.parts[0]!, passage.parts.at(-1)!];
          resolve({
            file: passage.source.file,
            start: { block: first.block, offset: first.start },
            end: { block: last.block, offset: last.end },
          });
        });
      }),
  );
  await page.getByRole('button', { name: 'Aan notitie toevoegen' }).click();
  expect(await detail).toEqual({ file: L004, start: { block: block.id, offset: start }, end: { block: block.id, offset: end } });
  await reader(page).screenshot({ path: join(screenshotDir, 'reader-selection.png') });

  // Across blocks: from inside this block to the start of the next one's second word.
  const next = letter.blocks[letter.blocks.indexOf(block) + 1]!;
  await page.evaluate(
    ({ a, b }) => {
      const first = document.querySelector(`[data-block="${a}"] > span`)!.firstChild!;
      const second = document.querySelector(`[data-block="${b}"] > span`)!.firstChild!;
      const range = document.createRange();
      range.setStart(first, 3);
      range.setEnd(second, 5);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    },
    { a: block.id, b: next.id },
  );
  await expect(page.getByTestId('selection-status')).toHaveAttribute('data-range', `${block.id}:3–${next.id}:5`);
});

test('dragging a paragraph handle carries the whole block as a passage', async ({ page, dossier }) => {
  void dossier;
  await openLetter(page, L000);
  const letter = await parsed(page, L000);
  const block = letter.blocks.find((b) => b.kind === 'paragraph' && b.notes.length > 0)!;
  await reader(page).locator(`[data-block="${block.id}"]`).hover();
  const handle = reader(page)
    .locator(`.block-row:has(> [data-block="${block.id}"])`)
    .getByRole('button', { name: 'Sleep alinea naar notitie' });
  await expect(handle).toBeVisible();
  const payload = await handle.evaluate((el) => {
    const data = new DataTransfer();
    el.dispatchEvent(new DragEvent('dragstart', { bubbles: true, dataTransfer: data }));
    return { json: data.getData('application/x-dossier-passage'), text: data.getData('text/plain') };
  });
  expect(JSON.parse(payload.json)).toEqual({
    file: L000,
    start: { block: block.id, offset: 0 },
    end: { block: block.id, offset: block.text.length },
  });
  expect(payload.text).toBe(block.text);
});

test('editing a title is saved and still there after reloading', async ({ page, dossier }) => {
  void dossier;
  await openLetter(page, L004);
  await reader(page).getByRole('button', { name: 'Bewerken' }).click();
  const form = reader(page).getByRole('form', { name: 'Gegevens' });
  await form.getByLabel('Titel').fill('Staat van de Oorlog in Europa: inzet voor Oekraïne');
  await form.getByLabel('Datum').fill('2026-02-20');
  await reader(page).screenshot({ path: join(screenshotDir, 'reader-metadata-form.png') });
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(reader(page).locator('#reader-title')).toHaveText('Staat van de Oorlog in Europa: inzet voor Oekraïne');
  const item = library(page).locator(`.letter-item[data-file="${L004}"]`);
  await expect(item).toContainText('Staat van de Oorlog in Europa: inzet voor Oekraïne');
  await expect(item).toContainText('20 februari 2026');

  await page.reload();
  await expect(item).toContainText('Staat van de Oorlog in Europa: inzet voor Oekraïne');
  await item.click();
  await expect(reader(page).locator('#reader-title')).toHaveText('Staat van de Oorlog in Europa: inzet voor Oekraïne');
  await expect(reader(page).getByRole('region', { name: 'Gegevens' })).toContainText('20 februari 2026');
});

test('keyboard and language: letters by arrow keys, English interface, no serious axe violations', async ({ page, dossier }) => {
  void dossier;
  const list = library(page).getByRole('listbox', { name: 'Brieven' });
  await list.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const second = list.getByRole('option').nth(1);
  await expect(second).toHaveAttribute('aria-selected', 'true');
  const file = (await second.getAttribute('data-file'))!;
  await expect(reader(page).locator(`article[data-file="${file}"]`)).toBeVisible();

  const axe = await new AxeBuilder({ page }).analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // Again with search hits listed and a letter with notes and citations open.
  await openLetter(page, L004);
  await page.getByRole('combobox', { name: 'Zoeken in het corpus' }).fill('veiligheidsgaranties');
  await expect(page.getByRole('listbox', { name: 'Zoekresultaten' }).getByRole('option').first()).toBeVisible();
  const axe2 = await new AxeBuilder({ page }).analyze();
  expect(axe2.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await page.getByRole('combobox', { name: 'Zoeken in het corpus' }).fill('');

  await library(page).screenshot({ path: join(screenshotDir, 'library-pane.png') });
  await reader(page).screenshot({ path: join(screenshotDir, 'reader-pane.png') });
  await page.screenshot({ path: join(screenshotDir, 'library-reader.png') });

  await library(page).getByRole('combobox', { name: 'Taal' }).selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('region', { name: 'Library' }).getByRole('button', { name: 'Open folder…' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Reader' }).getByRole('button', { name: 'Add to briefing' })).toBeVisible();
  await library(page)
    .or(page.getByRole('region', { name: 'Library' }))
    .getByRole('combobox', { name: 'Language' })
    .selectOption('nl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
});

test('opening a folder shows progress and per-file errors; the sample corpus is one click away', async ({ page, dossier }) => {
  const folder = join(dossier.workDir, 'Oekraïne-brieven');
  await mkdir(folder, { recursive: true });
  for (const file of [L000, L004, '002_5a2fb29aceb06802.txt']) await cp(join(dossier.corpusDir, file), join(folder, file));
  await writeFile(join(folder, 'kapot.txt'), new Uint8Array([0x4b, 0x61, 0, 0, 0x70, 0x6f, 0x74]));

  // Record every progress text the library shows while the folder loads.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __progress: string[] }).__progress = seen;
    new MutationObserver(() => {
      const text = document.querySelector('.corpus-progress .progress-text')?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  dossier.preview.dialogs.answer(folder);
  await library(page).getByRole('button', { name: 'Map openen…' }).click();

  await expect(library(page).getByRole('heading', { name: 'Oekraïne-brieven' })).toBeVisible();
  await expect(library(page).locator('.letter-item')).toHaveCount(3);
  const errors = library(page).locator('.corpus-errors');
  await expect(errors).toContainText('1 bestand kon niet worden gelezen; de andere brieven zijn bruikbaar.');
  await expect(errors).toContainText('kapot.txt: Bestand bevat geen leesbare tekst (binaire inhoud) en wordt overgeslagen.');
  const progress = await page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
  expect(progress.some((p) => /^(Bestanden zoeken|Brieven lezen|Index opbouwen): \d+ van \d+$/.test(p))).toBe(true);
  await library(page).screenshot({ path: join(screenshotDir, 'library-errors.png') });

  // The sample corpus is offered in the recent menu and opens again.
  await library(page).getByText('Recent').click();
  await library(page)
    .getByRole('button', { name: /Voorbeeldcorpus/ })
    .click();
  await expect(library(page).getByRole('heading', { name: 'Voorbeeldcorpus' })).toBeVisible();
  await expect(library(page).locator('.letter-item')).toHaveCount(5);
  await expect(library(page).locator('.corpus-errors')).toHaveCount(0);
});

test('menu commands: find focuses the search box, language-en switches the interface', async ({ page, dossier }) => {
  await expect(library(page).locator('.letter-item')).toHaveCount(5);
  dossier.preview.server.emit('menuCommand', 'find');
  await expect(page.getByRole('combobox', { name: 'Zoeken in het corpus' })).toBeFocused();
  dossier.preview.server.emit('menuCommand', 'language-en');
  await expect(page.getByRole('combobox', { name: 'Search the corpus' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  dossier.preview.server.emit('menuCommand', 'language-nl');
  await expect(page.getByRole('combobox', { name: 'Zoeken in het corpus' })).toBeVisible();
});

test('the reader shows each block as what it is: reference column, headings, lists, questions and answers', async ({ page, dossier }) => {
  void dossier;
  await openLetter(page, '003_edbfe19a925e505f.txt');
  const letter = await parsed(page, '003_edbfe19a925e505f.txt');
  const refs = reader(page).getByRole('complementary', { name: 'Referentiegegevens' });
  await expect(refs.locator('[data-block]')).toHaveCount(letter.blocks.filter((b) => b.kind === 'reference').length);
  await expect(reader(page).locator('h3[data-block]')).toHaveCount(letter.blocks.filter((b) => b.kind === 'heading').length);
  const firstQuestion = letter.blocks.find((b) => b.kind === 'question')!;
  const qa1 = reader(page).getByRole('region', { name: 'Vraag en antwoord 1', exact: true });
  await expect(qa1.locator(`[data-block="${firstQuestion.id}"]`)).toHaveText(firstQuestion.text);
  await expect(qa1.locator('.block-answer')).not.toHaveCount(0);
  await reader(page).screenshot({ path: join(screenshotDir, 'reader-structure.png') });
  await qa1.scrollIntoViewIfNeeded();
  await reader(page).screenshot({ path: join(screenshotDir, 'reader-questions.png') });

  await openLetter(page, '001_57334ae9a84e2305.txt');
  const items = (await parsed(page, '001_57334ae9a84e2305.txt')).blocks.filter((b) => b.kind === 'list-item');
  await expect(reader(page).locator('ul > li[data-block]')).toHaveText(items.map((b) => b.text));
});

test('Ctrl+F focuses the search box; files dropped in a browser open the folder dialog and say why', async ({ page, dossier }) => {
  // Issue 21.1: no more "use Map openen…" after a drop; the dialog opens (here answered: cancelled).
  dossier.preview.dialogs.answer(null);
  await openLetter(page, L000);
  await reader(page).locator('[data-block]').first().click();
  await page.keyboard.press('Control+f');
  await expect(page.getByRole('combobox', { name: 'Zoeken in het corpus' })).toBeFocused();

  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['tekst'], 'brief.txt', { type: 'text/plain' }));
    window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, cancelable: true }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
  });
  await expect(library(page).getByRole('alert')).toHaveText(
    'De browser geeft niet door waar een gesleepte map staat: kies hem in het venster dat nu opent.',
  );
});
