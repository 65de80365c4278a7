import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { Page } from '@playwright/test';

import { textOf } from '../app/export/docx/read-docx';
import { briefing, editorBox, newBriefing, settle } from './briefing-helpers';
import { cellsOf, exportAndRead, headerTexts } from './export-helpers';
import { expect, test } from './fixtures';

const MARKING = 'Staatsgeheim Confidentieel';

const TEMPLATES = [
  { name: 'Beslisnota', sections: ['Beslispunten', 'Aanleiding', 'Kernpunten', 'Toelichting'], fill: 'li' },
  { name: 'Informatienota', sections: ['Aanleiding', 'Kernpunten', 'Toelichting'], fill: 'p' },
  { name: 'Nota voor debat', sections: ['Aanleiding', 'Verwachte vragen', 'Vraag 1', 'Voorgesteld antwoord', 'Vraag 3'], fill: 'p' },
] as const;

const inOrder = (text: string, words: readonly string[]) => {
  const at = words.map((word) => text.indexOf(word));
  expect(
    at.every((index) => index >= 0),
    `${words.join(', ')} in: ${text.slice(0, 400)}`,
  ).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
};

/** Fills Aan, picks the marking, types a sentence in the first section. */
async function fillNota(page: Page, fill: 'li' | 'p', sentence: string) {
  await briefing(page).getByText('Eigenschappen').click();
  await briefing(page).getByRole('textbox', { name: 'Aan', exact: true }).fill('Minister van Buitenlandse Zaken');
  await briefing(page).getByRole('combobox', { name: 'Rubricering' }).selectOption(MARKING);
  await briefing(page).getByRole('textbox', { name: 'Kopie aan' }).fill('pSG');
  await editorBox(page).locator(fill).first().click();
  await page.keyboard.type(sentence);
  await settle(page);
}

for (const [index, template] of TEMPLATES.entries()) {
  test(`"Nieuw" › ${template.name}: filled, marked, exported to Word and PDF and read back`, async ({ page, dossier }) => {
    await mkdir(dossier.workDir, { recursive: true });
    // Ctrl+N first thing after start (the fixture waits until the app is ready for keys), or the file bar's button.
    await newBriefing(page, template.name, index % 2 === 0 ? 'key' : 'button');
    const headings = await editorBox(page).locator('h1, h2, h3').allTextContents();
    inOrder(headings.join('|'), template.sections);
    const sentence = `Tekst van de ${template.name.toLowerCase()}.`;
    await fillNota(page, template.fill, sentence);

    const word = await exportAndRead(page, dossier, 'nota.docx');
    const cells = cellsOf(word.document);
    expect(cells.slice(0, 10)).toEqual([
      'Aan',
      'Minister van Buitenlandse Zaken',
      'Van',
      '',
      'Datum',
      expect.stringMatching(/^\d{1,2} \w+ 20\d\d$/),
      'Kenmerk',
      '',
      'Onderwerp',
      '',
    ]);
    expect(cells.slice(10)).toEqual(['Kopie aan', 'pSG']);
    inOrder(textOf(word.document), [template.name, 'Aan', template.sections[0], sentence, ...template.sections.slice(1), 'Kopie aan']);
    const headers = headerTexts(word);
    expect(headers.length).toBeGreaterThan(0);
    for (const header of headers) expect(header).toBe(MARKING);

    const pdf = await exportAndRead(page, dossier, 'nota.pdf');
    const { pages } = pdf;
    let all = '';
    for (let number = 1; number <= pages; number++) {
      const text = pdf.pageText(number).replace(/\s+/g, ' ');
      expect(text.match(new RegExp(MARKING, 'g')), `page ${number}`).toHaveLength(2);
      expect(text).toContain(`Pagina ${number} van ${pages}`);
      all += text;
    }
    inOrder(all, [
      template.name,
      'Aan Minister van Buitenlandse Zaken',
      'Onderwerp',
      template.sections[0],
      sentence,
      ...template.sections.slice(1),
      'Kopie aan pSG',
    ]);
  });
}

test('"Nieuw" lists the templates folder: a good own template is offered, a bad one shown as unusable', async ({ page, dossier }) => {
  const folder = join(dossier.root, 'data', 'Sjablonen');
  await mkdir(folder, { recursive: true });
  const own = JSON.parse(await readFile(join(import.meta.dirname, '../../assets/templates/beslisnota.dossier'), 'utf8'));
  own.briefing.properties.from = 'Directie Europa';
  await writeFile(join(folder, 'Beslisnota DEU.dossier'), JSON.stringify(own));
  await writeFile(join(folder, 'Kapot.dossier'), '{"format": "dossier-briefing", "version": 1, "briefing": {');
  await page.keyboard.press('Control+n');
  const dialog = page.getByRole('dialog', { name: 'Nieuwe notitie' });
  await expect(dialog.getByRole('radio', { name: 'Kapot' })).toBeDisabled();
  // One sentence, said once, without a backup advice (a template has no .dossier.bak).
  await expect(dialog.locator('.new-briefing-option.is-unusable .new-briefing-hint')).toHaveText(
    'Dit sjabloon is onbruikbaar: het bestand is onvolledig (afgebroken).',
  );
  // Keyboard only: the radios take the arrow keys, Enter makes the briefing.
  await dialog.getByRole('radio', { name: 'Beslisnota DEU' }).focus();
  await page.keyboard.press(' ');
  await dialog.getByRole('button', { name: 'Maken' }).press('Enter');
  await expect(dialog).toBeHidden();
  await briefing(page).getByText('Eigenschappen').click();
  await expect(briefing(page).getByLabel('Van', { exact: true })).toHaveValue('Directie Europa');
  await expect(briefing(page).getByLabel('Soort nota')).toHaveValue('beslisnota');
});
