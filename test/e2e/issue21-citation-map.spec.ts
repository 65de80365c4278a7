import { join } from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import { readableTitle } from '../../app/corpus/title';
import type { LetterSummary } from '../../app/corpus/types';
import type { DossierApi } from '../../app/ipc/contract';
import { expect, screenshotDir, test } from './fixtures';

const L000 = '000_b4e4b4ff528499ed.txt';
const L002 = '002_5a2fb29aceb06802.txt';
const L004 = '004_ea691d26e1781c0b.txt';

const library = (page: Page) => page.getByRole('region', { name: 'Bibliotheek' });
const reader = (page: Page) => page.getByRole('region', { name: 'Lezer' });
const map = (page: Page) => reader(page).locator('details.citation-map');
const nodes = (page: Page) => map(page).getByRole('list', { name: 'Stukken op de kaart' });

/** The readable titles of the corpus letters, as the library shows them. */
const titles = (page: Page): Promise<Map<string, string>> =>
  page
    .evaluate(async () => {
      const result = await (window as unknown as { dossier: DossierApi }).dossier.corpusState({});
      if (!result.ok) throw new Error(result.error.message);
      return result.value.letters;
    })
    .then((letters: LetterSummary[]) => new Map(letters.map((l) => [l.file, readableTitle(l)])));

test('the citation map shows the open letter, what it cites and what cites it; a letter node opens it, a paper node shows its official citation', async ({
  page,
  dossier,
}) => {
  void dossier;
  const title = await titles(page);
  await library(page).locator(`.letter-item[data-file="${L000}"]`).click();
  await expect(reader(page).locator(`article[data-file="${L000}"]`)).toBeVisible();
  await expect(map(page)).toHaveAttribute('open', '');
  await expect(map(page).locator('summary')).toContainText('Citatiekaart');

  // 000 cites 002 (in the corpus) and papers outside it; 004 cites 000; one step further, 002's own citers.
  const self = nodes(page).locator('.cm-self');
  await expect(self).toContainText(title.get(L000)!);
  const cited = nodes(page).locator(`button[data-node="letter:${L002}"]`);
  await expect(cited).toHaveText(`Brief in het corpus: ${title.get(L002)!}`);
  await expect(nodes(page).locator(`button[data-node="letter:${L004}"]`)).toHaveText(`Brief in het corpus: ${title.get(L004)!}`);
  const paper = nodes(page).locator('button[data-node="paper:kst-36045-191"]');
  await expect(paper).toHaveText('Stuk buiten het corpus: Kamerstukken II, 36 045, nr. 191');
  // Step two arrives once the neighbours are read: 003 cites 002.
  await expect(nodes(page).locator('button[data-node="letter:003_edbfe19a925e505f.txt"]')).toContainText('één stap verder');

  // Keyboard: every node is a Tab stop; Enter on a paper shows its official citation and link.
  await paper.focus();
  await page.keyboard.press('Enter');
  await expect(paper).toHaveAttribute('aria-pressed', 'true');
  const details = map(page).getByRole('region', { name: 'Stuk buiten het corpus' });
  await expect(details).toBeVisible();
  await expect(details.locator('.cm-citation')).toHaveText('Kamerstukken II, 36 045, nr. 191');
  await expect(details).toContainText('Zoals geciteerd:');
  await expect(details.getByRole('link', { name: 'Publicatie openen op officielebekendmakingen.nl' })).toHaveAttribute(
    'href',
    'https://zoek.officielebekendmakingen.nl/kst-36045-191',
  );

  const axe = await new AxeBuilder({ page }).include('details.citation-map').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await reader(page).screenshot({ path: join(screenshotDir, 'citation-map.png') });

  // Following a letter node opens that letter, and the map redraws around it.
  await cited.click();
  await expect(reader(page).locator(`article[data-file="${L002}"]`)).toBeVisible();
  // And by keyboard: Enter on the citing letter 000 opens it.
  await expect(nodes(page).locator('.cm-self')).toContainText(title.get(L002)!);
  await expect(nodes(page).locator(`button[data-node="letter:${L000}"]`)).toHaveText(`Brief in het corpus: ${title.get(L000)!}`);
  await map(page).screenshot({ path: join(screenshotDir, 'citation-map-followed.png') });
  await nodes(page).locator(`button[data-node="letter:${L000}"]`).focus();
  await page.keyboard.press('Enter');
  await expect(reader(page).locator(`article[data-file="${L000}"]`)).toBeVisible();
});
