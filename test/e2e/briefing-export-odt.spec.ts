import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { strFromU8, unzipSync } from 'fflate';

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
import { appReady, expect, test } from './fixtures';

const OWN_NOTE = 'Zie ook de geannoteerde agenda van de Europese Raad.';

/** The text of an XML fragment: tags dropped, `<text:s/>` as a space, the five entities decoded. */
const textOf = (xml: string) =>
  xml
    .replace(/<text:s\/>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name] ?? '')
    .replace(/\u00a0/g, ' ');

test('export to OpenDocument from the toolbar: content.xml holds the quote and every note as a text:note', async ({ page, dossier }) => {
  await mkdir(dossier.workDir, { recursive: true });
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
  expect(notes.at(-1)).toBe(OWN_NOTE);

  const target = join(dossier.workDir, 'x.odt');
  dossier.preview.dialogs.answer(target);
  const button = briefing(page).getByRole('button', { name: 'Exporteren naar OpenDocument (.odt)' });
  await button.click();
  await expect(briefing(page).getByRole('status')).toContainText(`Geëxporteerd naar ${target}`);
  await expect(button).toBeEnabled();

  const parts = unzipSync(new Uint8Array(await readFile(target)));
  expect(strFromU8(parts.mimetype!)).toBe('application/vnd.oasis.opendocument.text');
  const content = strFromU8(parts['content.xml']!);
  expect(textOf(content)).toContain('Het kabinet steunt de verklaring.');
  const odtNotes = [...content.matchAll(/<text:note\b[^>]*>[\s\S]*?<text:note-body>([\s\S]*?)<\/text:note-body><\/text:note>/g)].map(
    (note) => textOf(note[1]!).trim(),
  );
  expect(odtNotes).toContain(joint.note.text);
  expect(odtNotes).toEqual(notes);
});

test('a slow export announces "Exporteren naar Word…" and disables the export buttons until it ends', async ({ page, dossier }) => {
  await mkdir(dossier.workDir, { recursive: true });
  // Hold the export request on its way to main until the busy state has been checked. Calls go
  // over the preview's RPC socket (HTTP only while no socket is open): route both, then reload so
  // the page opens its socket through the route.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.routeWebSocket(/\/rpc-socket/, (socket) => {
    const server = socket.connectToServer();
    socket.onMessage(async (message) => {
      if (typeof message === 'string' && message.includes('"method":"exportDocx"')) await held;
      server.send(message);
    });
  });
  await page.route('**/rpc/exportDocx', async (route) => {
    await held;
    await route.continue();
  });
  await page.reload();
  await appReady(page);
  await editorBox(page).click();
  await page.keyboard.type('Het kabinet steunt de verklaring.');
  const target = join(dossier.workDir, 'traag.docx');
  dossier.preview.dialogs.answer(target);
  const buttons = ['Exporteren naar Word (Ctrl+E)', 'Exporteren naar PDF (Ctrl+Shift+E)', 'Exporteren naar OpenDocument (.odt)'].map(
    (name) => briefing(page).getByRole('button', { name, exact: true }),
  );
  await buttons[0]!.click();
  await expect(briefing(page).getByRole('status')).toContainText('Exporteren naar Word…');
  for (const button of buttons) await expect(button).toBeDisabled();
  expect(existsSync(target)).toBe(false);

  release();
  await expect(briefing(page).getByRole('status')).toContainText(`Geëxporteerd naar ${target}`);
  await expect(briefing(page).getByRole('status')).not.toContainText('Exporteren naar Word…');
  for (const button of buttons) await expect(button).toBeEnabled();
  expect((await readFile(target)).subarray(0, 2).toString('latin1')).toBe('PK');
});
