import { paragraphsOf } from '../app/export/docx/read-docx';
import { addFromReader, briefing, editorBox, mouseDrag, openOneLetterFolder, parsedLetter, passages, reader } from './briefing-helpers';
import { exportAndRead } from './export-helpers';
import { expect, test } from './fixtures';

// Issue 13 (session 9 Word tester): list items dragged from a real Word letter (LibreOffice's
// libreoffice-quote-list.docx) keep the label the letter prints and their level in the briefing
// and in the Word export; a quoted note keeps its link.
test('quoted Word list items keep label and level, a quoted note its link, in the briefing and the Word export', async ({
  page,
  dossier,
}) => {
  await openOneLetterFolder(page, dossier, 'word-lijst', 'docx/libreoffice-quote-list.docx', 'maatregelen.docx');
  const letter = await parsedLetter(page, 'maatregelen.docx');
  const block = (id: string) => letter.blocks.find((candidate) => candidate.id === id)!;
  expect([block('b3').text, block('b3').label, block('b4').level]).toEqual(['2. Een fonds voor de wederopbouw:', '2.', 1]);

  // A numbered item and a nested bullet item (the reader's li carries data-block), then the paragraph whose note holds a link, each dragged by its handle.
  for (const [index, id] of ['b3', 'b4'].entries()) {
    await mouseDrag(page, reader(page).locator(`li[data-block="${id}"] .drag-handle`), editorBox(page).locator('p').last());
    await expect(passages(page)).toHaveCount(index + 1);
  }
  await addFromReader(page, [{ block: 'b7' }], 'drag');
  const [numbered, nested, noted] = [passages(page).nth(0), passages(page).nth(1), passages(page).nth(2)];
  // The number is the letter's own ("2.", never renumbered to 1) and part of the quoted words: no label printed apart.
  // (The number after the words is the citation note's.)
  await expect(numbered.locator('.ed-passage-part')).toHaveText(/^2\. Een fonds voor de wederopbouw:\d*$/);
  await expect(numbered.locator('.ed-list-label')).toHaveCount(0);
  // The nested item: indented one level, its bullet (the letter model's label) before its words.
  const part = nested.locator('.ed-passage-part[data-level="1"]');
  await expect(part).toContainText('herstel van de energie-infrastructuur;');
  const bullet = block('b4').label;
  if (bullet) await expect(part.locator('.ed-list-label')).toHaveText(bullet);
  else await expect(part.locator('.ed-list-label')).toHaveCount(0);
  const indent = await part.evaluate((el) => parseFloat(getComputedStyle(el).paddingInlineStart));
  expect(indent).toBeGreaterThan(10);
  await expect(noted.locator('.ed-passage-part')).toContainText('De steun is in het rapport beschreven.');

  // The quoted note in the briefing's notes: its link words shown as a link to the letter note's address.
  const link = briefing(page).locator('.ed-notes-list .ed-note-text .doc-link');
  await expect(link).toHaveText('rijksoverheid.nl');
  await expect(link).toHaveAttribute('title', /https:\/\/www\.rijksoverheid\.nl\/rapport/);

  const word = await exportAndRead(page, dossier, 'maatregelen-notitie.docx');
  const quotes = paragraphsOf(word.document).filter((paragraph) => paragraph.style === 'Quote');
  expect(quotes.map((paragraph) => paragraph.text)).toEqual([
    '2. Een fonds voor de wederopbouw:',
    `${bullet ?? ''}herstel van de energie-infrastructuur;`,
    expect.stringMatching(/^De steun is in het rapport beschreven\./),
  ]);
  expect(quotes[0]!.xml).not.toContain('<w:ind ');
  // Level 1: one list step (360 twips) further in than the quote (567); a bullet hangs one step left of the words.
  expect(quotes[1]!.xml).toContain(bullet ? '<w:ind w:left="1287" w:right="567" w:hanging="360"/>' : '<w:ind w:left="927" w:right="567"/>');
  const footnotes = new TextDecoder().decode(word.parts['word/footnotes.xml']);
  expect(footnotes).toMatch(/<w:hyperlink [^>]*>(?:(?!<\/w:hyperlink>).)*>rijksoverheid\.nl<\/w:t>/s);
  expect(new TextDecoder().decode(word.parts['word/_rels/footnotes.xml.rels'])).toContain('Target="https://www.rijksoverheid.nl/rapport"');
});
