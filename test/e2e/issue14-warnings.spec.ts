import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';

import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';

const library = (page: Page) => page.getByRole('region', { name: 'Bibliotheek' });
const reader = (page: Page) => page.getByRole('region', { name: 'Lezer' });

// Issue 14: a gap or a duplicate in a PDF's note numbering is reported on the letter, not guessed, and the reader shows it.
test('a PDF whose notes skip a number and print one twice says so in the reader', async ({ page, dossier }) => {
  const folder = join(dossier.workDir, 'pdf-brieven');
  await mkdir(folder, { recursive: true });
  await copyFile(join(process.cwd(), 'test', 'fixtures', 'pdf', 'notes-gap.pdf'), join(folder, 'onderzoek.pdf'));

  dossier.preview.dialogs.answer(folder);
  await library(page).getByRole('button', { name: 'Map openen…' }).click();
  await expect(library(page).getByRole('heading', { name: 'pdf-brieven' })).toBeVisible();
  await library(page).locator('.letter-item').first().click();

  const notice = reader(page).locator('.reader-warnings');
  await expect(notice).toContainText('Bij het lezen opgemerkt');
  await expect(notice.getByRole('listitem')).toHaveText([
    'Voetnoot 5 komt twee keer voor (pagina 1).',
    'Voetnoot 3 ontbreekt in de nummering.',
  ]);
  // The notes that are there keep their own printed numbers.
  await expect(reader(page).getByText('Rapport van de Inspectie Justitie en Veiligheid, maart 2025.', { exact: true })).toBeVisible();
});
