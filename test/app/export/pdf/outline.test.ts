import { describe, expect, it } from 'vitest';

import { briefingToPdf } from '../../../../app/export/pdf';
import type { PdfDict } from './pdf-tools';
import { deref, loadFonts, loadLetters, pdfObjects, text, writePdf } from './pdf-tools';
import { sampleBriefing } from './sample-briefing';

/** The outline as nested [title, children] pairs, read from /Outlines via /First and /Next. */
function outlineTree(objects: Record<string, unknown>, first: unknown): Array<[string, unknown[]]> {
  const items: Array<[string, unknown[]]> = [];
  for (let ref = first; ref;) {
    const item = deref(objects, ref) as PdfDict;
    items.push([text(item['/Title']), item['/First'] ? outlineTree(objects, item['/First']) : []]);
    ref = item['/Next'];
  }
  return items;
}

describe('bookmarks', () => {
  it('turns the headings into a nested outline', async () => {
    const letters = loadLetters();
    const path = writePdf(await briefingToPdf(sampleBriefing(letters), loadFonts()), 'outline.pdf');
    const objects = pdfObjects(path);
    const catalog = Object.values(objects).find((o) => (o as PdfDict)?.['/Type'] === '/Catalog') as PdfDict;
    const outlines = deref(objects, catalog['/Outlines']) as PdfDict;
    const tree = outlineTree(objects, outlines['/First']);
    expect(tree).toHaveLength(1);
    const [title, children] = tree[0]!;
    expect(title).toBe('Aanleiding');
    expect((children as Array<[string, unknown[]]>).map(([t]) => t)).toEqual([
      'Ingekort citaat',
      ...letters.map((l, i) => `Brief ${i + 1}: ${l.title ?? l.file}`),
    ]);
    // A level-3 heading directly under a level-1 heading nests under it.
    expect((children as Array<[string, unknown[]]>)[0]![1]).toEqual([]);
  });
});
