import { editorBox } from './briefing-helpers';
import { expect, test } from './fixtures';

/** Issue 18, finding 7: what the editor offers, the file and the exports keep; the rest is not offered, also not by paste. */
test('Ctrl+U and pasted underline, strikethrough, sub- and superscript are not offered; bold and italic stay', async ({
  page,
  dossier,
}) => {
  void dossier;
  await editorBox(page).click();
  await page.keyboard.type('Eerste ');
  await page.keyboard.press('Control+u');
  await page.keyboard.type('onderstreept');
  await expect(editorBox(page).locator('u, .ed-underline, [class*="underline"]')).toHaveCount(0);
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' vet');
  await expect(editorBox(page).locator('strong, b, .ed-bold').filter({ hasText: 'vet' })).toHaveCount(1);

  // Paste from Word-like HTML (the browser's paste event, as Ctrl+V delivers it).
  await page.keyboard.press('Enter');
  await editorBox(page).evaluate((root) => {
    const data = new DataTransfer();
    data.setData(
      'text/html',
      '<p><b>Vet</b> <i>schuin</i> <u>onder</u> <s>door</s> H<sub>2</sub>O m<sup>2</sup> <span style="color:red">rood</span></p>',
    );
    data.setData('text/plain', 'Vet schuin onder door H2O m2 rood');
    root.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(editorBox(page)).toContainText('Vet schuin onder door H2O m2 rood');
  await expect(editorBox(page).locator('u, s, sub, sup, [style*="color"]')).toHaveCount(0);
  await expect(editorBox(page).locator('strong, b, .ed-bold').filter({ hasText: /^Vet$/ })).toHaveCount(1);
  await expect(editorBox(page).locator('em, i, .ed-italic').filter({ hasText: 'schuin' })).toHaveCount(1);
});
