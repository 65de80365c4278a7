import { describe, expect, it } from 'vitest';

import { readableTitle, type TitleFacts } from '../../../app/corpus/title';

const facts = (overrides: Partial<TitleFacts> = {}): TitleFacts => ({
  file: 'brieven/004_ea691d26e1781c0b.txt',
  title: null,
  date: null,
  kind: null,
  ministry: null,
  signatories: [],
  references: [],
  ...overrides,
});
const minister = { name: 'D.M. van Weel', function: 'minister van Buitenlandse Zaken' };
const defence = { name: 'R. Brekelmans', function: 'minister van Defensie' };

describe('readableTitle in English (issue 21)', () => {
  it('builds the title in English: the inferred kind and the date, the letter’s own words as written', () => {
    expect(readableTitle(facts({ kind: 'Kamerbrief', date: '2026-01-06', signatories: [minister, defence] }), 'en')).toBe(
      'Letter to Parliament of 6 January 2026 — minister van Buitenlandse Zaken and minister van Defensie',
    );
    expect(readableTitle(facts({ references: ['BZ2600123'] }), 'en')).toBe('Letter, reference BZ2600123');
    expect(readableTitle(facts(), 'en')).toBe('Letter (004_ea691d26e1781c0b)');
    expect(readableTitle(facts({ kind: 'Antwoorden op Kamervragen', date: '2025-09-01' }), 'en')).toBe(
      'Answers to parliamentary questions of 1 September 2025',
    );
    // A kind the letter or its sidecar states is its own word.
    expect(readableTitle(facts({ kind: 'Geannoteerde agenda', date: '2025-09-01' }), 'en')).toBe('Geannoteerde agenda of 1 September 2025');
  });

  it('keeps a stated title, and Dutch stays the default', () => {
    expect(readableTitle(facts({ title: 'Stand van zaken', kind: 'Kamerbrief', date: '2026-01-06' }), 'en')).toBe('Stand van zaken');
    expect(readableTitle(facts({ kind: 'Kamerbrief', date: '2026-01-06', signatories: [minister] }))).toBe(
      'Kamerbrief van 6 januari 2026 — minister van Buitenlandse Zaken',
    );
  });
});

describe('kindLabel (issue 21: the library names the inferred kinds in the interface language)', () => {
  it('names the kinds Dossier infers in English and keeps any other kind as written', async () => {
    const { kindLabel } = await import('../../../app/corpus/title');
    expect(kindLabel('Kamerbrief', 'en')).toBe('Letter to Parliament');
    expect(kindLabel('Antwoorden op Kamervragen', 'en')).toBe('Answers to parliamentary questions');
    expect(kindLabel('Kamerbrief', 'nl')).toBe('Kamerbrief');
    expect(kindLabel('Nota naar aanleiding van het verslag', 'en')).toBe('Nota naar aanleiding van het verslag');
  });
});
