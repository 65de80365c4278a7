import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { Passage } from '../../app/briefing/model';
import { briefing, editorBox, openOneLetterFolder, parsedLetter, passages, reader } from './briefing-helpers';
import { expect, test } from './fixtures';

// Issue 13 (session 10 tester): a letter made with pandoc (and one LibreOffice saved again), its nested "–" items
// alinea 12 and 13, quoted alinea 7–20 one by one from the keyboard (a handle focused, Enter), then saved.
for (const [fixture, made] of [
  ['docx/pandoc-nested-list.docx', 'pandoc'],
  ['docx/libreoffice-nested-list.docx', 'LibreOffice'],
] as const) {
  test(`alinea 7–20 of a ${made} letter with nested bullets, added from the keyboard one by one, all keep their words in the briefing and the saved file`, async ({
    page,
    dossier,
  }) => {
    await openOneLetterFolder(page, dossier, 'lijstbrief', fixture, 'voortgang.docx');
    const letter = await parsedLetter(page, 'voortgang.docx');
    // Alinea n is block b(n+1) (the title heading and the salutation are no body paragraphs).
    const blocks = letter.blocks.slice(8, 22);
    expect(blocks.map((block) => block.id)).toEqual(Array.from({ length: 14 }, (_, i) => `b${i + 8}`));
    expect(blocks.slice(5, 7).map((block) => [block.label, block.level])).toEqual([
      ['–', 1],
      ['–', 1],
    ]);
    // The briefing had the caret once (a heading typed), as a user's briefing does.
    await editorBox(page).click();
    await page.keyboard.type('Notitie over de steun');
    for (const block of blocks) {
      const handle = reader(page).locator(
        `li[data-block="${block.id}"] > .drag-handle, .block-row:has(> [data-block="${block.id}"]) > .drag-handle`,
      );
      await handle.focus();
      await page.keyboard.press('Enter');
    }
    await expect(passages(page)).toHaveCount(blocks.length);
    const quoted = await passages(page).evaluateAll((figures) =>
      figures.map((figure) =>
        [...figure.querySelectorAll('.ed-passage-part')]
          .map((part) => {
            const copy = part.cloneNode(true) as HTMLElement;
            for (const number of copy.querySelectorAll('.ed-note-number')) number.remove();
            return copy.textContent;
          })
          .join('\n'),
      ),
    );
    expect(quoted).toEqual(blocks.map((block) => (block.label && block.kind === 'list-item' ? block.label : '') + block.text));
    // No empty paragraph between them: the heading typed, the passages in a row, one paragraph after the last.
    const tops = await editorBox(page).evaluate((root) =>
      [...root.children].map((el) => (el.classList.contains('ed-passage-host') ? 'passage' : `${el.tagName}:${el.textContent}`)),
    );
    expect(tops.filter((top) => top !== 'passage' && top !== 'IMG:')).toEqual(['P:Notitie over de steun', 'P:']);

    await page.keyboard.press('Control+s');
    await expect(briefing(page).getByRole('status')).toContainText('Opgeslagen als');
    const saved = (await briefing(page).getByRole('status').textContent())!
      .replace(/^.*Opgeslagen als /, '')
      .replace(/✕$/, '')
      .trim();
    const file = JSON.parse(await readFile(saved.startsWith('/') ? saved : join(dossier.workDir, saved), 'utf8')) as {
      briefing: { body: Array<Passage | { type: string }> };
    };
    const body = file.briefing.body.slice(1);
    expect(file.briefing.body[0]).toMatchObject({ type: 'paragraph', children: [{ type: 'text', text: 'Notitie over de steun' }] });
    expect(body.map((block) => block.type)).toEqual(blocks.map(() => 'passage'));
    expect(body.map((block) => (block as Passage).parts.map((part) => part.text).join(''))).toEqual(blocks.map((block) => block.text));
    expect((body[5] as Passage).parts[0]).toMatchObject({ label: '–', level: 1, blockKind: 'list-item' });
  });
}

// The same from the keyboard for every block of Word letters with nested numbered and bulleted lists (pandoc's numbers
// with nested letters, LibreOffice's own bullets with a nested dash, pandoc saved again by LibreOffice).
for (const fixture of ['docx/pandoc.docx', 'docx/libreoffice-lists.docx', 'docx/libreoffice-quote-list.docx']) {
  test(`every block of ${fixture}, added from the keyboard one by one, keeps its words and its list label`, async ({ page, dossier }) => {
    await openOneLetterFolder(page, dossier, 'lijsten', fixture, 'brief.docx');
    const letter = await parsedLetter(page, 'brief.docx');
    const blocks = letter.blocks.filter((block) => block.kind !== 'salutation' && block.kind !== 'closing' && block.kind !== 'table');
    await editorBox(page).click();
    await page.keyboard.type('Notitie');
    for (const block of blocks) {
      await reader(page)
        .locator(`li[data-block="${block.id}"] > .drag-handle, .block-row:has(> [data-block="${block.id}"]) > .drag-handle`)
        .focus();
      await page.keyboard.press('Enter');
    }
    await expect(passages(page)).toHaveCount(blocks.length);
    const quoted = await passages(page).evaluateAll((figures) =>
      figures.map((figure) => {
        const part = figure.querySelector('.ed-passage-part')!.cloneNode(true) as HTMLElement;
        for (const number of part.querySelectorAll('.ed-note-number')) number.remove();
        return [part.querySelector('.ed-list-label')?.textContent ?? null, part.dataset.level ?? null, part.textContent];
      }),
    );
    expect(quoted).toEqual(
      blocks.map((block) => {
        const label = block.kind === 'list-item' && block.label && !block.text.startsWith(block.label) ? block.label : null;
        return [label, block.kind === 'list-item' && block.level ? String(block.level) : null, (label ?? '') + block.text];
      }),
    );
    const tops = await editorBox(page).evaluate((root) =>
      [...root.children].filter((el) => !el.classList.contains('ed-passage-host') && el.tagName !== 'IMG').map((el) => el.textContent),
    );
    expect(tops).toEqual(['Notitie', '']);
  });
}
