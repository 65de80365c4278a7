import { mkdir, readFile } from 'node:fs/promises';

import { strFromU8 } from 'fflate';

import { textOf } from '../app/export/docx/read-docx';
import { briefing, editorBox, newBriefing, settle } from './briefing-helpers';
import { cellsOf, exportAndRead, headerTexts, tablesOf } from './export-helpers';
import { expect, test } from './fixtures';
import { mouseSelect } from './issue18-helpers';

const MARKING = 'Departementaal vertrouwelijk';
const SITE = 'https://www.rijksoverheid.nl';

/**
 * Issue 19, its test as written: a Beslisnota made from its template, filled, with an own table and
 * a link, a find and replace, exported to Word and PDF and both read back (the table's cells and
 * header, the sections in order, the marking on every page, the link target).
 */
test('issue 19: a Beslisnota with a table and a link, find and replace, Word and PDF read back', async ({ page, dossier }) => {
  await mkdir(dossier.workDir, { recursive: true });
  await newBriefing(page, 'Beslisnota', 'button');
  await briefing(page).getByText('Eigenschappen').click();
  await briefing(page).getByRole('textbox', { name: 'Aan', exact: true }).fill('Minister van Defensie');
  await briefing(page).getByRole('combobox', { name: 'Rubricering' }).selectOption(MARKING);

  // The decision, the reason with a link, then an own table under Toelichting.
  const box = editorBox(page);
  await box.locator('li').first().click();
  await page.keyboard.type('Instemmen met de Europese inzet.');
  await box.locator('p').first().click();
  await page.keyboard.type('Aanleiding is het Europese besluit, zie de site');
  await settle(page);
  await mouseSelect(page, box.locator('p').first(), 'de site');
  await page.keyboard.press('Control+k');
  await briefing(page).getByLabel('Linkadres (webadres of e-mailadres)').fill('www.rijksoverheid.nl');
  await page.keyboard.press('Enter');
  await expect(box.locator(`a[href="${SITE}"]`)).toHaveText('de site');

  await box.locator('p').last().click();
  await briefing(page).getByRole('button', { name: 'Tabel invoegen (rijen × kolommen)' }).click();
  await briefing(page).getByRole('spinbutton', { name: 'Rijen' }).fill('2');
  await briefing(page).getByRole('button', { name: 'Invoegen', exact: true }).click();
  const table = box.locator('table.ed-table');
  await expect(table.locator('tr')).toHaveCount(2);
  await table.locator('td').first().click();
  await briefing(page)
    .getByRole('button', { name: /^Eerste rij als kopregel/ })
    .click();
  await expect(table.locator('th')).toHaveCount(2);
  await table.locator('th').first().click();
  for (const [i, cell] of ['Land', 'Bijdrage', 'Europese partners', '€ 2 mrd'].entries()) {
    if (i > 0) await page.keyboard.press('Tab');
    await page.keyboard.type(cell);
  }
  await settle(page);

  // Find and replace: "Europese" → "Unie-" in own text, one undo step would bring it back.
  await box.locator('li').first().click();
  await page.keyboard.press('Control+h');
  const bar = briefing(page).getByRole('search', { name: 'Zoeken en vervangen in de notitie' });
  // Type only once the find field has the focus: keys pressed before would go into the list item.
  await expect(bar.getByLabel('Zoeken', { exact: true })).toBeFocused();
  await page.keyboard.type('Europese');
  await expect(bar.locator('.ed-find-count')).toContainText('1 van 3');
  await bar.getByLabel('Vervangen door').fill('Unie-');
  await bar.getByRole('button', { name: 'Alles vervangen' }).click();
  await expect(bar.locator('.ed-find-count')).toHaveText('3 vervangen');
  await page.keyboard.press('Escape');
  await expect(box.locator('li').first()).toHaveText('Instemmen met de Unie- inzet.');
  await expect(table.locator('td').first()).toHaveText('Unie- partners');

  // Word: title block and own table (header row marked), sections in order, decision numbered, link, marking.
  const word = await exportAndRead(page, dossier, 'beslisnota.docx');
  const { document, parts } = word;
  const tables = tablesOf(document);
  expect(cellsOf(tables[0]!).slice(0, 2)).toEqual(['Aan', 'Minister van Defensie']);
  const own = tables.find((xml) => cellsOf(xml).includes('Land'))!;
  expect(cellsOf(own)).toEqual(['Land', 'Bijdrage', 'Unie- partners', '€ 2 mrd']);
  expect(own).toMatch(/<w:tblHeader\/>.*?Land/s);
  const text = textOf(document);
  const order = ['Beslispunten', 'Instemmen met de Unie- inzet.', 'Aanleiding', 'Kernpunten', 'Toelichting', 'Land'];
  const at = order.map((words) => text.indexOf(words));
  expect(at.every((index) => index >= 0) && at.every((index, i) => i === 0 || index > at[i - 1]!), text.slice(0, 600)).toBe(true);
  expect(document).toMatch(/<w:numPr>.*?Instemmen met de Unie- inzet/s);
  const linkId = /<w:hyperlink [^>]*r:id="([^"]+)"[^>]*>.*?de site/s.exec(document)?.[1];
  expect(strFromU8(parts['word/_rels/document.xml.rels']!)).toContain(
    `Id="${linkId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${SITE}"`,
  );
  const headers = headerTexts(word);
  expect(headers.length).toBeGreaterThan(0);
  for (const header of headers) expect(header).toBe(MARKING);

  // PDF: the marking and the page label on every page, the decision numbered, the table, the link.
  const pdf = await exportAndRead(page, dossier, 'beslisnota.pdf');
  const { pages } = pdf;
  for (let number = 1; number <= pages; number++) {
    const page = pdf.pageText(number);
    expect(page, `page ${number}`).toContain(MARKING);
    expect(page.replace(/\s+/g, ' ')).toContain(`Pagina ${number} van ${pages}`);
  }
  const layout = pdf.layout();
  expect(layout).toMatch(/1\.\s+Instemmen met de Unie- inzet\./);
  expect(layout).toMatch(/Land\s+Bijdrage/);
  expect(layout).toMatch(/Unie- partners\s+€ 2 mrd/);
  expect((await readFile(pdf.path)).toString('latin1')).toContain(`/URI (${SITE})`);
});
