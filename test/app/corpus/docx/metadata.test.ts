import { describe, expect, it } from 'vitest';

import { parseDocx } from '../../../../app/corpus/docx/parse-docx';
import { makeDocx, p } from './make-docx';

const read = (bytes: Uint8Array) => parseDocx(bytes, 'brief.docx', 'hash');
const LETTER = p('Geachte voorzitter,') + p('Hierbij informeer ik uw Kamer over de steun.') + p('Hoogachtend,');
const first = (body: string) => `${body}<w:sectPr><w:headerReference w:type="first" r:id="rIdheader"/><w:titlePg/></w:sectPr>`;

describe('parseDocx: metadata', () => {
  it('reads the reference column from the first-page header', () => {
    const header =
      p('Ministerie van Buitenlandse Zaken') +
      p('Datum') +
      p('6 januari 2026') +
      p('Betreft') +
      p('Steun aan Oekraïne') +
      p('Ons kenmerk') +
      p('BZ2519785');
    const letter = read(makeDocx({ body: first(LETTER), header }));
    expect(letter).toMatchObject({
      title: 'Steun aan Oekraïne',
      date: '2026-01-06',
      ministry: 'Ministerie van Buitenlandse Zaken',
      references: ['BZ2519785'],
      kind: 'Kamerbrief',
    });
    expect(letter.blocks.filter((b) => b.kind === 'reference').map((b) => b.text)[0]).toBe('Ministerie van Buitenlandse Zaken');
  });

  it('reads the reference column from a layout table and a text box; Onderwerp and Uw kenmerk', () => {
    const cell = (text: string) => `<w:tc>${p(text)}</w:tc>`;
    const table = `<w:tbl><w:tr>${cell('Onderwerp')}${cell('Inzet Oekraïne')}</w:tr><w:tr>${cell('Uw kenmerk')}${cell('2025Z15748')}</w:tr></w:tbl>`;
    const box = `<w:p><w:r><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>${p('Datum 12 maart 2026')}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r></w:p>`;
    const letter = read(makeDocx({ body: table + box + LETTER }));
    expect(letter).toMatchObject({ title: 'Inzet Oekraïne', date: '2026-03-12', references: ['2025Z15748'] });
  });

  it('falls back on the file properties for title, date and signatory; the letter itself wins', () => {
    const core =
      '<dc:title>Titel uit eigenschappen</dc:title><dc:creator>Jan de Vries</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2025-11-03T09:00:00Z</dcterms:created>';
    expect(read(makeDocx({ body: LETTER, core }))).toMatchObject({
      title: 'Titel uit eigenschappen',
      date: '2025-11-03',
      signatories: [{ name: 'Jan de Vries', function: '' }],
    });
    const stated = read(makeDocx({ body: p('Betreft') + p('Eigen titel') + LETTER, core }));
    expect(stated.title).toBe('Eigen titel');
    expect(read(makeDocx({ body: LETTER }))).toMatchObject({ title: null, date: null, signatories: [] });
  });
});
