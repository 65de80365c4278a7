import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import type { DossierApi } from '../../app/ipc/contract';
import { expect, screenshotDir, test } from './fixtures';

const L000 = '000_b4e4b4ff528499ed.txt';

/** Words only the Dutch interface uses: none may be left once English is chosen. */
const DUTCH =
  /\b(Brief|Brieven|Betreft|voetnoot|Voetnoten|Opslaan|Map|geen|Bibliotheek|Lezer|Notitie|Zoeken|openen|Taal|Datum|Soort|Ondertekenaars|Geciteerd|Bewerken|Annuleren|Sluiten|alinea|Exporteren|Citatiekaart|Stukken|Kenmerken|onbekend)\b/;

/**
 * The interface's own words in the page: accessible names and placeholders, and the text of
 * controls, labels, headings and status lines, leaving out what holds corpus content (letter
 * text and titles, which stay as the letters wrote them).
 */
const interfaceWords = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const corpus =
      '.reader-body, .letter-body, article .block, .notes, .letter-item, .citation-map-nodes, .cited-by li, .cites li, #reader-title, .reader-kicker, .reader-file, .meta-list dd, .editor-root, [contenteditable]';
    const inCorpus = (el: Element) => el.closest(corpus) !== null;
    const words: string[] = [];
    for (const el of document.querySelectorAll('[aria-label], [placeholder]')) {
      if (inCorpus(el)) continue;
      for (const attr of ['aria-label', 'placeholder']) {
        const value = el.getAttribute(attr);
        if (value) words.push(`${attr}: ${value}`);
      }
    }
    for (const el of document.querySelectorAll(
      'button, label, summary, legend, dt, th, option, h1, h2, h3, [role="status"], [role="alert"], .muted',
    )) {
      if (inCorpus(el)) continue;
      const text = (el as HTMLElement).innerText?.trim();
      if (text) words.push(`${el.tagName.toLowerCase()}: ${text}`);
    }
    return words;
  });

test('English chosen: the interface, the reader metadata, dates and messages from main are all English (issue 21.5)', async ({
  page,
  dossier,
}) => {
  void dossier;
  await page.getByRole('region', { name: 'Bibliotheek' }).getByRole('combobox', { name: 'Taal' }).selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const library = page.getByRole('region', { name: 'Library' });
  const reader = page.getByRole('region', { name: 'Reader' });
  await library.locator(`.letter-item[data-file="${L000}"]`).click();
  await expect(reader.locator(`article[data-file="${L000}"]`)).toBeVisible();

  // The reader's metadata: English labels, the date written the English way.
  const meta = reader.locator('.meta-list');
  await expect(meta.locator('dt').first()).toHaveText('Date');
  await expect(meta.locator('dd').first()).toHaveText(
    /^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/,
  );
  await expect(reader.locator('details.citation-map summary')).toContainText('Citation map');

  const dutch = (await interfaceWords(page)).filter((word) => DUTCH.test(word));
  expect(dutch).toEqual([]);

  // Messages from main come in English once the window has said so.
  const message = await page.evaluate(async () => {
    const result = await (window as unknown as { dossier: DossierApi }).dossier.corpusLetter({ file: 'nope.txt' });
    return result.ok ? '' : result.error.message;
  });
  expect(message).toBe('Letter not found in the corpus: nope.txt');

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: join(screenshotDir, 'english-interface.png') });

  // Back to Dutch: main follows.
  await library.getByRole('combobox', { name: 'Language' }).selectOption('nl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const result = await (window as unknown as { dossier: DossierApi }).dossier.corpusLetter({ file: 'nope.txt' });
        return result.ok ? '' : result.error.message;
      }),
    )
    .toBe('Brief niet gevonden in het corpus: nope.txt');
});

test('English chosen: a broken file, a built title with its dates and an invalid request, all in English (issue 21.5)', async ({
  page,
  dossier,
}) => {
  // A folder with the sample letters and a file that only looks like a Word document.
  const folder = join(dossier.workDir, 'letters');
  await cp(dossier.corpusDir, folder, { recursive: true });
  await writeFile(join(folder, 'kapot.docx'), 'Gewoon tekst, geen zip.');

  await page.getByRole('region', { name: 'Bibliotheek' }).getByRole('combobox', { name: 'Taal' }).selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const library = page.getByRole('region', { name: 'Library' });
  const reader = page.getByRole('region', { name: 'Reader' });
  dossier.preview.dialogs.answer(folder);
  await library.getByRole('button', { name: 'Open folder…' }).click();
  await expect(library.getByRole('heading', { name: 'letters' })).toBeVisible();

  // The problem list: the reason made in the parse worker, in English.
  const problems = library.locator('.corpus-errors');
  await expect(problems.locator('summary')).toHaveText('1 file could not be read; the other letters can be used.');
  await expect(problems.getByRole('listitem')).toHaveText('kapot.docx: This file is not a Word document, though its name ends in .docx.');

  // A letter whose title is built from its parts: the title and the dates in English.
  const item = library.locator(`.letter-item[data-file="${L000}"]`);
  await expect(item.locator('.letter-title')).toHaveText(
    'Letter to Parliament of 6 January 2026 — minister van Buitenlandse Zaken and minister van Defensie',
  );
  await expect(item.locator('.letter-meta')).toContainText('6 January 2026');
  await item.click();
  await expect(reader.locator('#reader-title')).toHaveText(
    'Letter to Parliament of 6 January 2026 — minister van Buitenlandse Zaken and minister van Defensie',
  );
  await expect(reader.locator('.meta-list dd').first()).toHaveText('6 January 2026');
  await page.screenshot({ path: join(screenshotDir, 'english-problems-and-titles.png') });

  // An invalid request: the whole message in English, none of zod's or Dutch words.
  const invalid = await page.evaluate(async () => {
    const api = (window as unknown as { dossier: DossierApi }).dossier;
    const result = await api.corpusLetter({ file: 7 } as unknown as { file: string });
    return result.ok ? '' : result.error.message;
  });
  expect(invalid).toBe('Invalid request (corpusLetter): the field "file" is invalid (expected text)');

  // Back in Dutch, the same problem and title in Dutch.
  await library.getByRole('combobox', { name: 'Language' }).selectOption('nl');
  const bibliotheek = page.getByRole('region', { name: 'Bibliotheek' });
  await expect(bibliotheek.locator('.corpus-errors').getByRole('listitem')).toHaveText(
    'kapot.docx: Dit bestand is geen Word-document, al eindigt de naam op .docx.',
  );
  await expect(bibliotheek.locator(`.letter-item[data-file="${L000}"] .letter-title`)).toHaveText(
    'Kamerbrief van 6 januari 2026 — minister van Buitenlandse Zaken en minister van Defensie',
  );
});
