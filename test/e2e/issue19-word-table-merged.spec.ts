import { editorBox, handleOf, mouseDrag, openOneLetterFolder, parsedLetter, passages } from './briefing-helpers';
import { exportAndRead, tablesOf } from './export-helpers';
import { expect, test } from './fixtures';

// Issues 13/19 follow-up: a Word table with a header row and merged cells (LibreOffice's
// libreoffice-merged.docx) is shown as such in the reader, stays so when quoted, and in the Word export.
test('a Word table keeps its header row and merged cells in the reader, the quote and the Word export', async ({ page, dossier }) => {
  await openOneLetterFolder(page, dossier, 'word-tabel', 'docx/libreoffice-merged.docx', 'overzicht.docx');
  const reader = page.getByRole('region', { name: 'Lezer' }).getByRole('table').first();
  await expect(reader.getByRole('columnheader')).toHaveText(['Jaar', 'Soort', 'Bedrag']);
  await expect(reader.locator('td[rowspan="2"]')).toHaveText('2025');
  await expect(reader.locator('td[colspan="2"]')).toHaveText('Totaal over beide jaren');
  await expect(reader.getByRole('row').nth(2).getByRole('cell')).toHaveText(['Civiel', '0,4 miljard']);

  const letter = await parsedLetter(page, 'overzicht.docx');
  const table = letter.blocks.find((block) => block.kind === 'table')!;
  await mouseDrag(page, handleOf(page, table.id), editorBox(page));
  await expect(passages(page)).toHaveCount(1);
  const quoted = passages(page).first().getByRole('table');
  await expect(quoted.getByRole('columnheader')).toHaveText(['Jaar', 'Soort', 'Bedrag']);
  await expect(quoted.locator('td[rowspan="2"]')).toHaveText('2025');
  await expect(quoted.locator('td[colspan="2"]')).toHaveText('Totaal over beide jaren');

  const word = await exportAndRead(page, dossier, 'overzicht-notitie.docx');
  const [exported] = tablesOf(word.document);
  expect(exported).toMatch(/<w:tr><w:trPr><w:tblHeader\/><\/w:trPr>(?:(?!<\/w:tr>).)*Jaar/s);
  expect(exported).toMatch(/<w:vMerge w:val="restart"\/>.*?2025/s);
  expect(exported).toMatch(/<w:gridSpan w:val="2"\/>.*?Totaal over beide jaren/s);
});
