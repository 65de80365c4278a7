import type { Briefing } from '../../../app/briefing/model';

/** A briefing with every node kind: headings 1–3, marks, both list kinds, passages with notes and omissions, user notes, annotations. */
export function richBriefing(): Briefing {
  return {
    version: 1,
    properties: {
      title: 'Nota over de vredesonderhandelingen',
      to: 'Minister van Buitenlandse Zaken',
      from: 'Directie Europa',
      date: '2026-01-20',
      subject: 'Stand van zaken Oekraïne',
      reference: 'DEU-2026/12',
      classification: 'Departementaal vertrouwelijk',
      author: 'A. Ambtenaar',
      keywords: ['Oekraïne', 'CotW'],
    },
    citationStyle: 'footnote',
    body: [
      { type: 'heading', level: 1, children: [{ type: 'text', text: 'Samenvatting' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Het kabinet ' },
          { type: 'text', text: 'steunt', bold: true },
          { type: 'text', text: ' de ', comments: ['a1'] },
          { type: 'text', text: 'verklaring', italic: true, bold: true, comments: ['a1'] },
          { type: 'footnote-ref', footnote: 'u1' },
          { type: 'text', text: '.' },
        ],
      },
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Achtergrond' }] },
      {
        type: 'passage',
        id: 'p1',
        source: {
          file: 'brief.txt',
          hash: 'aaa111',
          title: 'Stand van zaken',
          date: '2026-01-06',
          kind: 'Kamerbrief',
          kamerstuk: 'Kamerstuk 36 045, nr. 264',
        },
        parts: [
          {
            block: 'b1',
            blockIndex: 1,
            blockKind: 'paragraph',
            start: 3,
            end: 52,
            text: 'leiders spraken in Berlijn. Daarna volgde Parijs.',
            children: [
              { type: 'text', text: 'leiders spraken in Berlijn.' },
              { type: 'footnote-ref', footnote: 'q1' },
              { type: 'text', text: ' Daarna volgde Parijs.', comments: ['a2'] },
              { type: 'footnote-ref', footnote: 'q2' },
            ],
            omittedBefore: true,
            omittedAfter: false,
          },
          {
            block: 'b2',
            blockIndex: 2,
            blockKind: 'paragraph',
            start: 0,
            end: 11,
            text: 'Het kabinet',
            children: [{ type: 'text', text: 'Het kabinet' }],
            omittedBefore: false,
            omittedAfter: true,
          },
        ],
        citation: `Kamerbrief "Stand van zaken", 6 januari 2026, Kamerstuk 36 045, nr. 264, alinea's 2–3`,
        comments: ['a2'],
      },
      { type: 'heading', level: 3, children: [{ type: 'text', text: 'Opties' }] },
      {
        type: 'list',
        ordered: true,
        items: [{ children: [{ type: 'text', text: 'Steunen' }] }, { children: [{ type: 'text', text: 'Afwachten', italic: true }] }],
      },
      {
        type: 'list',
        ordered: false,
        items: [
          {
            children: [
              { type: 'text', text: 'Punt' },
              { type: 'footnote-ref', footnote: 'u2' },
            ],
          },
        ],
      },
    ],
    footnotes: [
      { id: 'u1', origin: 'user', text: 'Zie ook de geannoteerde agenda.' },
      { id: 'q1', origin: 'quote', text: 'Joint Statement, 15 december 2025', source: { file: 'brief.txt', footnote: 'fn2' } },
      { id: 'q2', origin: 'quote', text: 'Kamerstuk 36 045, nr. 215', source: { file: 'brief.txt', footnote: 'fn3' } },
      { id: 'u2', origin: 'user', text: 'Eigen opmerking.' },
    ],
    annotations: [
      { id: 'a1', author: 'B. Jurist', date: '2026-01-21T09:30:00.000Z', text: 'Formulering checken' },
      { id: 'a2', author: 'A. Ambtenaar', date: '2026-01-21T10:00:00.000Z', text: 'Kern van het citaat' },
    ],
  };
}
