import { beforeAll, describe, expect, it } from 'vitest';

import { emptyBriefing } from '../../../../app/briefing/model';
import { briefingToPdf } from '../../../../app/export/pdf';
import { NOTE_ICON } from '../../../../app/export/pdf/annotations';
import { PAGE } from '../../../../app/export/pdf/styles';
import { dictsWhere, loadFonts, pageWords, pdfObjects, writePdf } from './pdf-tools';

/**
 * Issue 17, session 9's fresh tester: with two comments on one line, the second numbered marker was
 * drawn 30 pt right of the first, under the icon viewers draw for the first comment (24 pt from
 * its rectangle's top left). Every marker must stay clear of every icon of its line.
 */
describe('comment markers in the PDF stay clear of the comments’ icons', () => {
  let path: string;
  beforeAll(async () => {
    const briefing = emptyBriefing();
    briefing.properties.title = 'Opmerkingen';
    briefing.body = [
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Eerste opmerking', comments: ['a'] },
          { type: 'text', text: ' en ' },
          { type: 'text', text: 'tweede', comments: ['b'] },
          { type: 'text', text: ' en ' },
          { type: 'text', text: 'derde op dezelfde regel.', comments: ['c'] },
        ],
      },
    ];
    briefing.annotations = ['a', 'b', 'c'].map((id) => ({ id, author: 'T', date: '2026-11-30T10:00:00Z', text: `Opmerking ${id}` }));
    path = writePdf(await briefingToPdf(briefing, loadFonts()), 'marker-places.pdf');
  });

  it('draws the three markers side by side, none inside an icon’s square', () => {
    const markers = pageWords(path, 1).filter((w) => w.xMin > 524 && /^\d$/.test(w.text));
    expect(markers.map((m) => m.text)).toEqual(['1', '2', '3']);
    const icons = dictsWhere(pdfObjects(path), (d) => d['/Subtype'] === '/Text').map((note) => {
      const [x1, , , y2] = note['/Rect'] as number[];
      return { left: x1!, right: x1! + NOTE_ICON, top: PAGE.height - y2!, bottom: PAGE.height - y2! + NOTE_ICON };
    });
    expect(icons).toHaveLength(3);
    for (const marker of markers)
      for (const icon of icons) {
        const apart = marker.xMax <= icon.left || marker.xMin >= icon.right || marker.yMax <= icon.top || marker.yMin >= icon.bottom;
        expect(apart, `marker ${marker.text} under an icon`).toBe(true);
      }
    // Each icon starts on the page.
    for (const icon of icons) expect(icon.left).toBeLessThan(PAGE.width);
  });
});
