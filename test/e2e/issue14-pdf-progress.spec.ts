import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { Page } from '@playwright/test';

import { renderRepeat } from '../fixtures/pdf/repeat-render';
import { repeatReport } from '../fixtures/pdf/repeat-specs';
import { expect, test } from './fixtures';

const library = (page: Page) => page.getByRole('region', { name: 'Bibliotheek' });
const PAGES = 150;

// Issue 14: a long native PDF loads with progress; the status line names the file and the page ("… pagina x van y").
test('a 150-page PDF shows "pagina x van 150" while it loads, x never past the page count', async ({ page, dossier }) => {
  const folder = join(dossier.workDir, 'rapporten');
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'jaarrapportage.pdf'), await renderRepeat(repeatReport(PAGES)));

  // Every text the status line shows, however briefly, recorded in the page as it changes.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('.progress-file')) if (seen.at(-1) !== el.textContent) seen.push(el.textContent ?? '');
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  dossier.preview.dialogs.answer(folder);
  await library(page).getByRole('button', { name: 'Map openen…' }).click();
  await expect(library(page).getByRole('heading', { name: 'rapporten' })).toBeVisible();
  await expect(library(page).locator('.letter-item')).toHaveCount(1);
  await expect(page.locator('.corpus-progress')).toHaveCount(0);

  const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  const pages = seen.flatMap((text) => {
    const m = /^Bestand jaarrapportage\.pdf — pagina (\d+) van (\d+)$/.exec(text.trim());
    return m ? [{ x: Number(m[1]), y: Number(m[2]) }] : [];
  });
  expect(pages.length, `status texts seen: ${JSON.stringify(seen)}`).toBeGreaterThan(0);
  for (const { x, y } of pages) {
    expect(y).toBe(PAGES);
    expect(x).toBeGreaterThanOrEqual(1);
    expect(x).toBeLessThanOrEqual(y);
  }
});
