import type { Locator, Page } from '@playwright/test';

/**
 * Selects `words` inside `host` with the real mouse: press just inside the left edge of the first
 * character, drag to just inside the right edge of the last. Note numbers and "[…]" marks are not
 * counted as words.
 */
export async function mouseSelect(page: Page, host: Locator, words: string): Promise<void> {
  await host.scrollIntoViewIfNeeded();
  const box = await host.evaluate((root, wanted) => {
    const texts: Text[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement!.closest('sup, .ed-omission')) texts.push(node as Text);
    }
    const all = texts.map((text) => text.data).join('');
    const at = all.indexOf(wanted);
    if (at < 0) throw new Error(`"${wanted}" staat niet in het citaat`);
    const rectOf = (offset: number) => {
      for (const text of texts) {
        if (offset < text.data.length) {
          const range = document.createRange();
          range.setStart(text, offset);
          range.setEnd(text, offset + 1);
          return range.getClientRects()[0]!;
        }
        offset -= text.data.length;
      }
      throw new Error('voorbij het citaat');
    };
    const first = rectOf(at);
    const last = rectOf(at + wanted.length - 1);
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
  }, words);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
}
