import type { Letter } from '../../../app/corpus/types';

/** A small hand-made letter: three blocks, two footnotes (one anchored twice), a Kamerstuk key. */
export function sampleLetter(overrides: Partial<Letter> = {}): Letter {
  return {
    file: 'brief.txt',
    format: 'word',
    hash: 'aaa111',
    title: 'Stand van zaken',
    date: '2026-01-06',
    kind: 'Kamerbrief',
    ministry: 'Ministerie van Buitenlandse Zaken',
    signatories: [],
    references: ['BZ123'],
    keys: ['kst-36045-264'],
    blocks: [
      { id: 'b0', kind: 'salutation', text: 'Geachte voorzitter,', notes: [] },
      {
        id: 'b1',
        kind: 'paragraph',
        text: 'De leiders spraken in Berlijn. Daarna volgde Parijs.',
        // after "Berlijn." (offset 30) and after "Parijs." (offset 52)
        notes: [
          { footnote: 'fn2', offset: 30 },
          { footnote: 'fn3', offset: 52 },
        ],
      },
      { id: 'b2', kind: 'paragraph', text: 'Het kabinet steunt dit.', notes: [{ footnote: 'fn2', offset: 23 }] },
    ],
    footnotes: [
      { id: 'fn2', label: '1', text: 'Joint Statement, 15 december 2025' },
      { id: 'fn3', label: '2', text: 'Kamerstuk 36 045, nr. 215' },
    ],
    citations: [],
    citedBy: [],
    ...overrides,
  };
}
