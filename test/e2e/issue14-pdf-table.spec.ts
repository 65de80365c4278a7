import type { Page } from '@playwright/test';

import { openOneLetterFolder } from './briefing-helpers';
import { expect, test } from './fixtures';

const reader = (page: Page) => page.getByRole('region', { name: 'Lezer' });

// Issue 14 (c): a table in a native PDF (rows and cells by aligned x positions) is shown as a table in the reader.
test('a PDF with a table shows it as a table, its cells and the note referenced in a cell', async ({ page, dossier }) => {
  await openOneLetterFolder(page, dossier, 'pdf-tabel', 'pdf/tables.pdf', 'bijdragen.pdf');

  const tables = reader(page).getByRole('table');
  await expect(tables).toHaveCount(2);
  const rows = tables.first().getByRole('row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0).getByRole('cell')).toHaveText(['Partner', 'Bijdrage (mln euro)', 'Jaar']);
  await expect(rows.nth(2).getByRole('cell')).toHaveText(['Duitsland', '1.200', '2025']);
  await expect(rows.nth(1).getByRole('cell').first()).toContainText('Nederland');
  await expect(tables.nth(1).getByRole('row').nth(2).getByRole('cell')).toHaveText(['Ontmijning', 'juni 2026']);
});
