import { execFileSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { Locator } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';

import { textOf } from '../app/export/docx/read-docx';
import {
  blockWithNote,
  briefing,
  editorBox,
  handleOf,
  L000,
  mouseDrag,
  newBriefing,
  noteLines,
  openLetter,
  parsedLetter,
  passages,
} from './briefing-helpers';
import { expect, screenshotDir, test } from './fixtures';
import { mouseSelect } from './issue18-helpers';

/** The quoted words of a passage as shown: "[…]" marks kept, note numbers left out. */
const quoteText = (passage: Locator): Promise<string> =>
  passage.locator('.ed-passage-quote').evaluate((quote) => {
    const copy = quote.cloneNode(true) as HTMLElement;
    for (const number of copy.querySelectorAll('sup')) number.remove();
    return copy.textContent!;
  });

test('finding 5: trim by selecting in the preview and in the passage; middle cuts show […], their notes leave; saved, reopened and exported alike', async ({
  page,
  dossier,
}) => {
  await mkdir(dossier.workDir, { recursive: true });
  await openLetter(page, L000);
  const joint = blockWithNote(await parsedLetter(page, L000), 'Joint Statement of European Leaders');
  const text = joint.block.text;
  await mouseDrag(page, handleOf(page, joint.block.id), editorBox(page));
  await expect(passages(page)).toHaveCount(1);
  expect((await noteLines(page)).length).toBe(2); // the Joint Statement note and the citation

  await passages(page).first().getByRole('button', { name: 'Inkorten' }).click();
  const dialog = briefing(page).getByRole('dialog', { name: 'Citaat inkorten' });
  await expect(dialog.locator('input')).toHaveCount(0); // no offsets to type
  const preview = dialog.getByRole('group', { name: 'Voorbeeld' });

  // Two cuts in the middle, chosen with the mouse in the preview; the second holds the note's marker.
  const second =
    'Naast voortdurende aanvallen aan het front voert Rusland inmiddels op systematische wijze zware luchtaanvallen uit op civiele infrastructuur, met vele burgerslachtoffers tot gevolg.';
  const noted =
    'Op 15 december jl. spraken Europese leiders in Berlijn uit samen met de VS te werken aan robuuste veiligheidsgaranties en economische herstelmaatregelen.';
  await mouseSelect(page, preview, second);
  await dialog.getByRole('button', { name: 'Selectie weglaten' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Woorden weggelaten; ze staan nu als […] in het citaat.');
  await mouseSelect(page, preview, noted);
  await dialog.getByRole('button', { name: 'Selectie weglaten' }).click();
  const a = text.indexOf(second);
  const b = text.indexOf(noted);
  const expected = `${text.slice(0, a).trimEnd()} […] ${text.slice(a + second.length, b).trim()} […] ${text.slice(b + noted.length).trimStart()}`;
  await expect(preview).toHaveText(expected);
  // Nothing changes in the briefing until "Inkorten".
  expect(await quoteText(passages(page).first())).toBe(text);
  await dialog.getByRole('button', { name: 'Inkorten' }).click();
  await expect(dialog).toHaveCount(0);
  await expect.poll(() => quoteText(passages(page).first())).toBe(expected);
  await expect.poll(() => noteLines(page)).toHaveLength(1); // the note in the cut left with it; the citation stays
  expect((await noteLines(page))[0]).not.toContain('Joint Statement');

  // Keep only a stretch selected with the mouse in the passage in the briefing itself.
  const kept = 'Onder President Trump zet de VS in op een spoedig einde aan deze oorlog.';
  await mouseSelect(page, passages(page).first().locator('.ed-passage-quote'), kept);
  await passages(page).first().getByRole('button', { name: 'Inkorten' }).click();
  await dialog.getByRole('button', { name: 'Alleen selectie behouden' }).click();
  await expect(preview).toHaveText(`[…] ${kept} […]`);
  await dialog.getByRole('button', { name: 'Herstellen' }).click();
  await expect(preview).toHaveText(expected);
  await dialog.getByRole('button', { name: 'Annuleren' }).click();

  // Still verbatim: "Citaten controleren" finds it faithful.
  await briefing(page).getByRole('button', { name: 'Citaten controleren' }).click();
  await expect(passages(page).first().locator('.ed-passage-badge')).toHaveText('Klopt');
  await page.screenshot({ path: join(screenshotDir, 'issue18-trim.png') });

  // Saved and reopened: the same cuts.
  const saved = join(dossier.workDir, 'ingekort.dossier');
  dossier.preview.dialogs.answer(saved);
  await page.keyboard.press('Control+s');
  await expect(briefing(page).getByRole('status')).toContainText('Opgeslagen als');
  const file = JSON.parse(await readFile(saved, 'utf8'));
  const passage = JSON.stringify(file).match(/"parts":\[.*?\]\}\]/)?.[0] ?? '';
  expect(passage).not.toContain('Naast voortdurende');
  await newBriefing(page);
  await expect(passages(page)).toHaveCount(0);
  dossier.preview.dialogs.answer(saved);
  await briefing(page).getByRole('button', { name: 'Openen', exact: true }).click();
  await expect(passages(page)).toHaveCount(1);
  await expect.poll(() => quoteText(passages(page).first())).toBe(expected);

  // Exports: Word and PDF print the cuts as […] and leave the cut words out.
  const docx = join(dossier.workDir, 'ingekort.docx');
  dossier.preview.dialogs.answer(docx);
  await briefing(page).getByRole('button', { name: 'Exporteren naar Word' }).click();
  await expect(briefing(page).getByRole('status')).toContainText(`Geëxporteerd naar ${docx}`);
  const body = textOf(strFromU8(unzipSync(new Uint8Array(await readFile(docx)))['word/document.xml']!));
  expect(body).toContain(expected);
  expect(body).not.toContain('Naast voortdurende');
  expect(body).not.toContain('Op 15 december jl.');
  const pdf = join(dossier.workDir, 'ingekort.pdf');
  dossier.preview.dialogs.answer(pdf);
  await briefing(page).getByRole('button', { name: 'Exporteren naar PDF' }).click();
  await expect(briefing(page).getByRole('status')).toContainText(`Geëxporteerd naar ${pdf}`);
  const printed = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(printed.match(/\[…\]/g)).toHaveLength(2);
  expect(printed).not.toContain('Naast voortdurende');
});
