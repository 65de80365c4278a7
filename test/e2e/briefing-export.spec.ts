import { execFileSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';

import { textOf } from '../app/export/docx/read-docx';
import {
  blockWithNote,
  briefing,
  editorBox,
  handleOf,
  L000,
  mouseDrag,
  noteLines,
  openLetter,
  parsedLetter,
  passages,
} from './briefing-helpers';
import { expect, test } from './fixtures';

const OWN_NOTE = 'Zie ook de geannoteerde agenda van de Europese Raad.';

/** A briefing with the "Joint Statement" paragraph (its notes verbatim, citation as a note) and an own note. */
async function briefingWithQuote(page: Page, workDir: string) {
  await mkdir(workDir, { recursive: true }); // the folder the save dialog will be answered with
  await openLetter(page, L000);
  const joint = blockWithNote(await parsedLetter(page, L000), 'Joint Statement of European Leaders');
  await mouseDrag(page, handleOf(page, joint.block.id), editorBox(page));
  await expect(passages(page)).toHaveCount(1);
  await editorBox(page).locator('p').last().click();
  await page.keyboard.type('Het kabinet steunt de verklaring.');
  await page.keyboard.press('Control+Alt+f');
  await briefing(page).getByLabel('Tekst van de voetnoot').fill(OWN_NOTE);
  await page.keyboard.press('Enter');
  const notes = (await noteLines(page)).map((line) => line.replace(/^\d+ /, ''));
  expect(notes).toContain(joint.note.text);
  expect(notes.at(-1)).toBe(OWN_NOTE);
  return { joint, notes };
}

/** The text of each real footnote in word/footnotes.xml, in order (separators left out), read as a verbatim check reads it (textOf). */
function docxFootnotes(bytes: Uint8Array): string[] {
  const xml = strFromU8(unzipSync(bytes)['word/footnotes.xml']!);
  return [...xml.matchAll(/<w:footnote\b([^>]*)>([\s\S]*?)<\/w:footnote>/g)]
    .filter(([, attributes]) => !/w:type="(separator|continuationSeparator)"/.test(attributes!))
    .map(([, , body]) => textOf(body!).trim());
}

test('export to Word from the toolbar: footnotes.xml holds every note, the quoted one verbatim, in the editor’s order', async ({
  page,
  dossier,
}) => {
  const { joint, notes } = await briefingWithQuote(page, dossier.workDir);
  const target = join(dossier.workDir, 'x.docx');
  dossier.preview.dialogs.answer(target);
  await briefing(page).getByRole('button', { name: 'Exporteren naar Word' }).click();
  await expect(briefing(page).getByRole('status')).toContainText(`Geëxporteerd naar ${target}`);

  const footnotes = docxFootnotes(new Uint8Array(await readFile(target)));
  expect(footnotes).toContain(joint.note.text);
  expect(footnotes).toEqual(notes);
});

test('export to PDF from the toolbar: the notes stand at the foot of the page, numbered as in the editor', async ({ page, dossier }) => {
  const { joint, notes } = await briefingWithQuote(page, dossier.workDir);
  const target = join(dossier.workDir, 'x.pdf');
  dossier.preview.dialogs.answer(target);
  await briefing(page).getByRole('button', { name: 'Exporteren naar PDF' }).click();
  await expect(briefing(page).getByRole('status')).toContainText(`Geëxporteerd naar ${target}`);

  const lines = execFileSync('pdftotext', ['-layout', target, '-'], { encoding: 'utf8' }).split('\n');
  // Footnote lines read "<number>   <text>" (all of these notes fit on one line).
  const footnotes = lines.flatMap((line) => /^(\d+)\s{2,}(\S.*)$/.exec(line.trim())?.slice(1).join(' ') ?? []);
  expect(footnotes).toEqual(notes.map((text, i) => `${i + 1} ${text}`));
  expect(footnotes[0]).toBe(`1 ${joint.note.text}`);
  expect(lines.some((line) => line.trim() === `Het kabinet steunt de verklaring.${notes.length}`)).toBe(true);
});
