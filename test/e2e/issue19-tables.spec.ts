import { readFile } from 'node:fs/promises';

import { strFromU8 } from 'fflate';

import {
  briefing,
  editorBox,
  editorCaretCell,
  handleOf,
  mouseDrag,
  newBriefing,
  noteLines,
  openOneLetterFolder,
  parsedLetter,
  passages,
} from './briefing-helpers';
import { cellsOf, exportAndRead, tablesOf } from './export-helpers';
import { expect, test } from './fixtures';

const NOTE = 'Toegezegd in december.';

// Issue 19 (Tables): a letter's table quoted as a table, an own table made, edited, saved, reopened and exported.
test('quote a table, make an own table (rows, columns, header, a note), save, reopen, export Word and PDF', async ({ page, dossier }) => {
  await openOneLetterFolder(page, dossier, 'pdf-tabel', 'pdf/tables.pdf', 'bijdragen.pdf');
  await expect(page.getByRole('region', { name: 'Lezer' }).getByRole('table').first()).toBeVisible();
  const letter = await parsedLetter(page, 'bijdragen.pdf');
  const table = letter.blocks.find((block) => block.kind === 'table')!;

  // The letter's table, dragged in, stays a table: its cells verbatim.
  await mouseDrag(page, handleOf(page, table.id), editorBox(page));
  await expect(passages(page)).toHaveCount(1);
  const quoted = passages(page).first().getByRole('table');
  await expect(quoted.getByRole('row').nth(0).getByRole('cell')).toHaveText(['Partner', 'Bijdrage (mln euro)', 'Jaar']);
  await expect(quoted.getByRole('row').nth(2).getByRole('cell')).toHaveText(['Duitsland', '1.200', '2025']);

  // An own table, 3 × 2, below it.
  await editorBox(page).locator('p').last().click();
  await briefing(page).getByRole('button', { name: 'Tabel invoegen (rijen × kolommen)' }).click();
  await expect(briefing(page).getByRole('spinbutton', { name: 'Rijen' })).toHaveValue('3');
  await expect(briefing(page).getByRole('spinbutton', { name: 'Kolommen' })).toHaveValue('2');
  // The form says its limit, and says so again when a larger number is set to it.
  const limit = briefing(page).locator('.ed-table-limit');
  await expect(limit).toHaveText('Ten hoogste 50 rijen en 10 kolommen.');
  await briefing(page).getByRole('spinbutton', { name: 'Rijen' }).fill('60');
  await expect(briefing(page).getByRole('spinbutton', { name: 'Rijen' })).toHaveValue('50');
  await expect(limit).toHaveText('Ten hoogste 50 rijen: het aantal is op 50 gezet.');
  await briefing(page).getByRole('spinbutton', { name: 'Rijen' }).fill('3');
  await expect(limit).toHaveText('Ten hoogste 50 rijen en 10 kolommen.');
  await briefing(page).getByRole('button', { name: 'Invoegen', exact: true }).click();
  const own = editorBox(page).locator('table.ed-table');
  await expect(own.locator('tr')).toHaveCount(3);
  await expect(own.locator('tr').first().locator('td, th')).toHaveCount(2);

  // Add a row and a column, remove a column, make the first row the header: each one undo step.
  await own.locator('tr').first().locator('td').first().click();
  await briefing(page).getByRole('button', { name: 'Rij toevoegen onder de cursor' }).click();
  await expect(own.locator('tr')).toHaveCount(4);
  await briefing(page).getByRole('button', { name: 'Kolom toevoegen rechts van de cursor' }).click();
  await expect(own.locator('tr').first().locator('td, th')).toHaveCount(3);
  await page.keyboard.press('Control+z');
  await expect(own.locator('tr').first().locator('td, th')).toHaveCount(2);
  await expect(own.locator('tr')).toHaveCount(4);
  await briefing(page).getByRole('button', { name: 'Kolom toevoegen rechts van de cursor' }).click();
  await expect(own.locator('tr').first().locator('td, th')).toHaveCount(3);
  await briefing(page).getByRole('button', { name: 'Kolom van de cursor verwijderen' }).click();
  await expect(own.locator('tr').first().locator('td, th')).toHaveCount(2);
  await own.locator('tr').first().locator('td').first().click();
  const header = briefing(page).getByRole('button', { name: /^Eerste rij als kopregel/ });
  await header.click();
  await expect(header).toHaveAttribute('aria-pressed', 'true');
  await expect(own.locator('tr').first().locator('th')).toHaveCount(2);

  // Type in the cells, Tab to the next one, an own note in a cell.
  await own.locator('th').first().click();
  await page.keyboard.type('Maatregel');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Bedrag');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Luchtverdediging');
  await page.keyboard.press('Control+Alt+f');
  await briefing(page).getByLabel('Tekst van de voetnoot').fill(NOTE);
  await page.keyboard.press('Enter');
  await own.locator('tr').nth(1).locator('td').nth(1).click();
  await page.keyboard.type('€ 1 mrd');
  await expect(own.locator('tr').nth(1).locator('td')).toHaveText([/^Luchtverdediging\d+$/, '€ 1 mrd']);

  // Tab in the last cell adds a row (one undo step) with the caret in its first cell; Shift+Tab in the first cell stays there.
  // Where the editor itself has the caret (a key pressed before it has taken a click's selection acts on the old one).
  const caretCell = () => editorCaretCell(page);
  // Typing in the last cell first makes sure the editor has the caret there before Tab.
  await own.locator('tr').nth(3).locator('td').nth(1).click();
  await page.keyboard.type('Slot');
  await expect(own.locator('tr').nth(3).locator('td').nth(1)).toHaveText('Slot');
  await page.keyboard.press('Tab');
  await expect(own.locator('tr')).toHaveCount(5);
  await page.keyboard.press('Control+z');
  await expect(own.locator('tr')).toHaveCount(4);
  await expect(own.locator('tr').nth(3).locator('td').nth(1)).toHaveText('Slot');
  await own.locator('tr').nth(3).locator('td').nth(1).click();
  await page.keyboard.press('End');
  await expect.poll(caretCell).toBe('Slot');
  await page.keyboard.press('Tab');
  await expect(own.locator('tr')).toHaveCount(5);
  await page.keyboard.type('Laatste');
  await expect(own.locator('tr').nth(4).locator('td')).toHaveText(['Laatste', '']);
  await briefing(page).getByRole('button', { name: 'Rij van de cursor verwijderen' }).click();
  await expect(own.locator('tr')).toHaveCount(4);
  await own.locator('th').first().click();
  // The click reaches Lexical's selection a little later under load: Shift+Tab only once the caret is in the header cell.
  await expect.poll(caretCell).toBe('Maatregel');
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+Tab');
  await expect(editorBox(page)).toBeFocused();
  await expect.poll(caretCell).toBe('Maatregel');
  const notes = await noteLines(page);
  expect(notes.at(-1)).toMatch(new RegExp(`^\\d+ ${NOTE}$`));

  // Save: a version 3 file with both tables.
  await page.keyboard.press('Control+s');
  await expect(briefing(page).getByRole('status')).toContainText('Opgeslagen als');
  const saved = (await briefing(page).getByRole('status').textContent())!
    .replace(/^.*Opgeslagen als /, '')
    .replace(/✕$/, '')
    .trim();
  const file = JSON.parse(await readFile(saved, 'utf8'));
  expect(file.version).toBe(3);
  const ownBlock = file.briefing.body.find((block: { type: string }) => block.type === 'table');
  expect(ownBlock.header).toBe(true);
  expect(ownBlock.rows).toHaveLength(4);
  expect(file.briefing.body[0].parts[0].cells.length).toBeGreaterThan(1);

  // Reopen: the same tables.
  await newBriefing(page);
  await expect(passages(page)).toHaveCount(0);
  await briefing(page).getByRole('combobox', { name: 'Recente notities' }).selectOption(saved);
  await expect(passages(page)).toHaveCount(1);
  await expect(passages(page).first().getByRole('row').nth(2).getByRole('cell')).toHaveText(['Duitsland', '1.200', '2025']);
  await expect(own.locator('th')).toHaveText(['Maatregel', 'Bedrag']);
  await expect.poll(() => noteLines(page)).toEqual(notes);

  // Word: two w:tbl, the own one with its header row marked, its cells and the note.
  const word = await exportAndRead(page, dossier, 'tabel.docx');
  const tables = tablesOf(word.document);
  expect(tables).toHaveLength(2);
  expect(cellsOf(tables[0]!).slice(0, 3)).toEqual(['Partner', 'Bijdrage (mln euro)', 'Jaar']);
  expect(cellsOf(tables[1]!).slice(0, 4)).toEqual(['Maatregel', 'Bedrag', 'Luchtverdediging', '€ 1 mrd']);
  expect(tables[1]).toMatch(/<w:tr><w:trPr><w:tblHeader\/><\/w:trPr>.*?Maatregel/s);
  expect(strFromU8(word.parts['word/footnotes.xml']!)).toContain(NOTE);

  // PDF: the cells and the header row, the note at the page foot.
  const text = (await exportAndRead(page, dossier, 'tabel.pdf')).layout();
  expect(text).toMatch(/Partner\s+Bijdrage \(mln euro\)\s+Jaar/);
  expect(text).toMatch(/Duitsland\s+1\.200\s+2025/);
  expect(text).toMatch(/Maatregel\s+Bedrag/);
  expect(text).toMatch(/€ 1 mrd/);
  expect(text).toMatch(new RegExp(`^\\s*${notes.length}\\s+${NOTE}`, 'm'));
});
