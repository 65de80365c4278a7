import type { Page } from '@playwright/test';

import { openOneLetterFolder } from './briefing-helpers';
import { expect, test } from './fixtures';

const reader = (page: Page) => page.getByRole('region', { name: 'Lezer' });

// Issue 14: a gap or a duplicate in a PDF's note numbering is reported on the letter, not guessed, and the reader shows it.
test('a PDF whose notes skip a number and print one twice says so in the reader', async ({ page, dossier }) => {
  await openOneLetterFolder(page, dossier, 'pdf-brieven', 'pdf/notes-gap.pdf', 'onderzoek.pdf');

  const notice = reader(page).locator('.reader-warnings');
  await expect(notice).toContainText('Bij het lezen opgemerkt');
  await expect(notice.getByRole('listitem')).toHaveText([
    'Voetnoot 5 komt twee keer voor (pagina 1).',
    'Voetnoot 3 ontbreekt in de nummering.',
  ]);
  // The notes that are there keep their own printed numbers.
  await expect(reader(page).getByText('Rapport van de Inspectie Justitie en Veiligheid, maart 2025.', { exact: true })).toBeVisible();
});
