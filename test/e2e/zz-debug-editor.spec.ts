import { expect, test } from './fixtures';
import { blockWithNote, editorBox, handleOf, L000, mouseDrag, openLetter, parsedLetter } from './briefing-helpers';

test('debug drag', async ({ page, dossier }) => {
  void dossier;
  page.on('console', (m) => console.log('CONSOLE', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  await openLetter(page, L000);
  const letter = await parsedLetter(page, L000);
  const joint = blockWithNote(letter, 'Joint Statement of European Leaders');
  await page.evaluate(() => {
    for (const type of ['dragstart', 'dragenter', 'dragover', 'drop', 'dragend']) {
      let n = 0;
      document.addEventListener(type, (e) => { if (type !== 'dragover' || n++ < 2) console.log(type, (e as DragEvent).dataTransfer?.types.join(','), (e.target as HTMLElement).className, (e as DragEvent).defaultPrevented); }, true);
    }
  });
  await mouseDrag(page, handleOf(page, joint.block.id), editorBox(page));
  await page.waitForTimeout(1000);
  console.log(await page.locator('.ed-passage').count());
  expect(1).toBe(1);
});
