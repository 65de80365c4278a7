import { execFileSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';

import { WORD_HTML } from '../renderer/editor/plugins/Paste/word-samples';
import { briefing, editorBox, newBriefing, settle } from './briefing-helpers';
import { expect, test } from './fixtures';
import { mouseSelect } from './issue18-helpers';

const SITE = 'https://www.rijksoverheid.nl';
const PASTED_SITE = 'https://www.rijksoverheid.nl/onderwerpen';

/** Pastes clipboard HTML the way Ctrl+V delivers it: a paste event whose DataTransfer holds text/html and text/plain. */
async function pasteHtml(page: Page, html: string): Promise<void> {
  await editorBox(page).evaluate((root, markup) => {
    const data = new DataTransfer();
    data.setData('text/html', markup);
    data.setData('text/plain', new DOMParser().parseFromString(markup, 'text/html').body.textContent ?? '');
    root.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
}

/**
 * Issue 18, finding 7 and issue 19 (Links): what the editor offers, the file and every export keep.
 * Underline by Ctrl+U, a link by Ctrl+K (a javascript: address refused), a paste from Word keeping
 * bold, italic, underline, sub/superscript, lists with levels, headings and links and dropping the
 * rest; a click on a link never navigates, Ctrl+click opens it in a new tab without an opener; saved,
 * reopened, and exported to Word, PDF and ODT, each read back.
 */
test('underline, links and a Word paste are kept in the editor, the file and the Word, PDF and ODT exports', async ({ page, dossier }) => {
  await mkdir(dossier.workDir, { recursive: true });
  const box = editorBox(page);
  await box.click();
  await page.keyboard.type('Eerste ');
  await page.keyboard.press('Control+u');
  await page.keyboard.type('onderstreept');
  await page.keyboard.press('Control+u');
  await page.keyboard.type(' en ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('vet');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(', zie de site');
  await expect(box.locator('.ed-underline')).toHaveText('onderstreept');
  await expect(box.locator('strong, b, .ed-bold').filter({ hasText: 'vet' })).toHaveCount(1);

  // Ctrl+K over the selected words "de site": an address without scheme is completed to https.
  await mouseSelect(page, box.locator('p').first(), 'de site');
  expect(await page.evaluate(() => getSelection()?.toString())).toBe('de site');
  await page.keyboard.press('Control+k');
  const address = briefing(page).getByLabel('Linkadres (webadres of e-mailadres)');
  await expect(address).toBeFocused();
  await address.fill('javascript:alert(1)');
  await page.keyboard.press('Enter');
  await expect(briefing(page).getByRole('alert')).toContainText('Alleen een webadres');
  await expect(address).toHaveValue('javascript:alert(1)'); // the form keeps its draft
  await address.fill('www.rijksoverheid.nl');
  await page.keyboard.press('Enter');
  const link = box.locator(`a[href="${SITE}"]`);
  await expect(link).toHaveText('de site');
  await expect(box.locator('a[href^="javascript"]')).toHaveCount(0);

  // A click does not navigate the app; Ctrl+click opens the address in a new tab, without an opener.
  await page.evaluate(() => {
    const opened: unknown[][] = [];
    (window as unknown as { opened: unknown[][] }).opened = opened;
    window.open = (...args: unknown[]) => (opened.push(args), null);
  });
  const before = page.url();
  await link.click();
  expect(page.url()).toBe(before);
  expect(await page.evaluate(() => (window as unknown as { opened: unknown[][] }).opened)).toEqual([]);
  await link.click({ modifiers: ['Control'] });
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { opened: unknown[][] }).opened))
    .toEqual([[SITE, '_blank', 'noopener,noreferrer']]);
  expect(page.url()).toBe(before);

  // Paste from Word: what the briefing holds stays, the rest goes.
  // The editor learns of a click or a caret key from the browser's selectionchange: let it arrive
  // before the next key, as it always has between a person's keystrokes.
  await box.locator('p').last().click();
  await settle(page);
  await page.keyboard.press('End');
  await settle(page);
  await page.keyboard.press('Enter');
  await settle(page);
  await pasteHtml(page, WORD_HTML);
  await expect(box).toContainText('Na de afbeelding');
  await expect(box.locator('h1')).toHaveText('Aanleiding');
  await expect(box.locator('.ed-underline').filter({ hasText: /^onderstreept$/ })).toHaveCount(2);
  await expect(box.locator('.ed-underline').filter({ hasText: 'ook onder' })).toHaveCount(1);
  await expect(box.locator('.ed-strikethrough')).toHaveText('doorgehaald');
  await expect(box.locator('sub')).toHaveText('2');
  await expect(box.locator('sup')).toHaveText('3');
  await expect(box.locator(`a[href="${PASTED_SITE}"]`)).toHaveText('de site');
  await expect(box.locator('a[href^="javascript"], img, [style*="color"], [style*="font"]')).toHaveCount(0);
  await expect(box).not.toContainText('Commentaar van Jan');
  await expect(box).not.toContainText('Voetnoottekst');
  await expect(box.locator('ol > li').filter({ hasText: /^Eerste punt$/ })).toHaveCount(1);
  await expect(box.locator('li.ed-nested-li ol > li')).toHaveText(['Deelpunt']);
  await expect(box.locator('ul > li')).toHaveText(['Een bolletje']);

  // Save, start anew, reopen: the file holds version 2 with the formats and links.
  const file = join(dossier.workDir, 'opmaak.dossier');
  dossier.preview.dialogs.answer(file);
  await page.keyboard.press('Control+Shift+s');
  await expect(briefing(page).getByRole('status')).toContainText('Opgeslagen als');
  const saved = JSON.parse(await readFile(file, 'utf8'));
  expect(saved.version).toBe(2);
  const runs = JSON.stringify(saved.briefing.body);
  expect(runs).toContain('{"type":"text","text":"onderstreept","underline":true}');
  expect(runs).toContain(`{"type":"text","text":"de site","link":"${SITE}"}`);
  expect(runs).toContain('"subscript":true');
  await newBriefing(page);
  await expect(box.locator('.ed-underline')).toHaveCount(0);
  dossier.preview.dialogs.answer(file);
  await briefing(page).getByRole('button', { name: 'Openen', exact: true }).click();
  await expect(box.locator(`a[href="${SITE}"]`)).toHaveText('de site');
  await expect(box.locator('.ed-underline').first()).toHaveText('onderstreept');

  // The three exports, read back.
  const exportTo = async (name: string, target: string) => {
    dossier.preview.dialogs.answer(target);
    await briefing(page).getByRole('button', { name }).click();
    await expect(briefing(page).getByRole('status')).toContainText(`Geëxporteerd naar ${target}`);
    return new Uint8Array(await readFile(target));
  };
  const docx = unzipSync(await exportTo('Exporteren naar Word', join(dossier.workDir, 'opmaak.docx')));
  const document = strFromU8(docx['word/document.xml']!);
  const rels = strFromU8(docx['word/_rels/document.xml.rels']!);
  expect(document).toMatch(/<w:u w:val="single"\/><\/w:rPr><w:t xml:space="preserve">onderstreept<\/w:t>/);
  expect(document).toContain('<w:vertAlign w:val="subscript"/>');
  expect(document).toContain('<w:strike/>');
  const linkId = /<w:hyperlink [^>]*r:id="([^"]+)"[^>]*><w:r>.*?de site/.exec(document)?.[1];
  expect(rels).toContain(
    `Id="${linkId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${SITE}" TargetMode="External"`,
  );
  expect(rels).toContain(`Target="${PASTED_SITE}" TargetMode="External"`);

  const pdfPath = join(dossier.workDir, 'opmaak.pdf');
  await exportTo('Exporteren naar PDF', pdfPath);
  const pdfText = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(pdfText).toContain('Eerste onderstreept en vet, zie de site');
  expect(execFileSync('qpdf', ['--qdf', '--object-streams=disable', pdfPath, '-']).toString('latin1')).toMatch(
    new RegExp(`/URI \\(${SITE.replace(/[./]/g, '\\$&')}\\)`),
  );

  const odt = unzipSync(await exportTo('Exporteren naar OpenDocument (.odt)', join(dossier.workDir, 'opmaak.odt')));
  const content = strFromU8(odt['content.xml']!);
  expect(content).toContain(`<text:a xlink:type="simple" xlink:href="${SITE}" text:style-name="Internet_20_link">de site</text:a>`);
  expect(content).toContain('<text:span text:style-name="T_Onderstreept">onderstreept</text:span>');
});

test('a pasted javascript: or file: link arrives as plain text', async ({ page, dossier }) => {
  void dossier;
  await editorBox(page).click();
  await pasteHtml(page, '<p>Zie <a href="javascript:alert(1)">dit</a> en <a href="file:///C:/geheim.docx">dat</a>.</p>');
  await expect(editorBox(page)).toContainText('Zie dit en dat.');
  await expect(editorBox(page).locator('a')).toHaveCount(0);
});
