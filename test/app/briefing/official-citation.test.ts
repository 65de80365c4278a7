import { describe, expect, it } from 'vitest';

import type { SourceRef } from '../../../app/briefing/model';
import { formatOfficialCitation, formatPaper, repeatedCitation } from '../../../app/briefing/official-citation';
import { officialSourceRefOf } from '../../../app/briefing/official-source';
import { createPassage } from '../../../app/briefing/passage';
import type { Letter } from '../../../app/corpus/types';
import { sampleLetter } from './letter-fixture';

const ids = () => {
  let n = 0;
  return () => `id${++n}`;
};
const quote = (letter: Letter, block: string, end = 5) =>
  createPassage(letter, { start: { block, offset: 0 }, end: { block, offset: end } }, ids(), { citation: 'official' }).passage;

const sender = [
  { name: 'D.M. van Weel', function: 'minister van Buitenlandse Zaken' },
  { name: 'Ruben Brekelmans', function: 'minister van Defensie' },
];

describe('official source citation of a published paper', () => {
  it('cites a Kamerstuk with the parliamentary year from the date and the body paragraph', () => {
    const passage = quote(sampleLetter(), 'b2');
    expect(passage.citation).toBe('Kamerstukken II 2025/26, 36 045, nr. 264, alinea 2');
    expect(passage.parts[0]).toMatchObject({ paragraph: 2 });
    expect(passage.source.paper).toEqual({ series: 'kamerstukken', chamber: 'II', year: '2025/26', dossier: '36 045', number: '264' });
    expect(passage.source.incomplete).toBe(false);
  });

  it('gives the page for a letter with pages', () => {
    const letter = sampleLetter();
    letter.blocks = letter.blocks.map((block) => ({ ...block, page: 3 }));
    expect(quote(letter, 'b1').citation).toBe('Kamerstukken II 2025/26, 36 045, nr. 264, p. 3');
  });

  it.each([
    ['2025-09-15', 'Kamerstukken II 2024/25, 36 045, nr. 264'],
    ['2025-09-16', 'Kamerstukken II 2025/26, 36 045, nr. 264'],
  ])('a letter dated %s is cited as %s', (date, expected) => {
    const source = officialSourceRefOf(sampleLetter({ date }));
    expect(formatOfficialCitation(source, [])).toBe(expected);
  });

  it('takes chamber and year from an Eerste Kamer masthead and cites lettered papers without nr.', () => {
    const publication = {
      chamber: 'Eerste Kamer',
      year: '2019–2020',
      series: 'Kamerstukken',
      dossier: '35 300',
      number: 'C',
      dossierTitle: null,
      kind: null,
      sent: null,
      received: null,
    };
    const source = officialSourceRefOf(sampleLetter({ keys: ['kst-35300-C'], publication }));
    expect(formatOfficialCitation(source, [{ page: 2 }])).toBe('Kamerstukken I 2019/20, 35 300, C, p. 2');
    expect(formatPaper({ series: 'kamerstukken', chamber: 'I', year: '2019/20', dossier: '35 300', number: '12f' })).toBe(
      'Kamerstukken I 2019/20, 35 300, nr. 12f',
    );
  });

  it('cites answers published in the Aanhangsel', () => {
    const letter = sampleLetter({ kind: 'Antwoorden op Kamervragen', keys: ['ah-tk-20222023-3649'], date: '2023-06-01' });
    expect(formatOfficialCitation(officialSourceRefOf(letter), [{ paragraph: 3 }])).toBe(
      'Aanhangsel Handelingen II 2022/23, nr. 3649, alinea 3',
    );
  });
});

describe('official source citation of an unnumbered letter', () => {
  it('names sender, addressee, date and kenmerk', () => {
    const letter = sampleLetter({ keys: ['ref-BZ2519785'], references: ['BZ2519785'], signatories: sender });
    expect(quote(letter, 'b1').citation).toBe(
      'Brief van de minister van Buitenlandse Zaken en de minister van Defensie aan de Tweede Kamer van 6 januari 2026, kenmerk BZ2519785, alinea 1',
    );
  });

  it('falls back on the ministry as sender and says answers are answers', () => {
    const letter = sampleLetter({ keys: [], references: [], kind: 'Antwoorden op Kamervragen' });
    expect(formatOfficialCitation(officialSourceRefOf(letter), [])).toBe(
      'Antwoorden van het Ministerie van Buitenlandse Zaken aan de Tweede Kamer van 6 januari 2026',
    );
  });

  it('says "bron onvolledig" when sender or date is unknown, naming the title or file', () => {
    const undated = officialSourceRefOf(sampleLetter({ keys: [], references: [], date: null, signatories: sender }));
    expect(undated.incomplete).toBe(true);
    expect(formatOfficialCitation(undated, [{ paragraph: 4 }])).toBe(
      'Brief van de minister van Buitenlandse Zaken en de minister van Defensie aan de Tweede Kamer, "Stand van zaken", alinea 4 (bron onvolledig)',
    );
    const unknown = officialSourceRefOf(sampleLetter({ keys: [], references: [], ministry: null, kind: null, title: null }));
    expect(formatOfficialCitation(unknown, [])).toBe('Brief van 6 januari 2026, brief.txt (bron onvolledig)');
  });
});

describe('repeatedCitation', () => {
  const source: Pick<SourceRef, 'file' | 'hash'> = { file: 'a.txt', hash: 'h' };
  it('gives t.a.p. for the same letter, with the new place when it differs', () => {
    expect(repeatedCitation({ source, parts: [{ paragraph: 2 }] }, { source, parts: [{ paragraph: 2 }] })).toBe('t.a.p.');
    expect(repeatedCitation({ source, parts: [{ paragraph: 2 }] }, { source, parts: [{ paragraph: 6 }] })).toBe('t.a.p., alinea 6');
    expect(repeatedCitation({ source: { file: 'b.txt', hash: 'h' }, parts: [] }, { source, parts: [] })).toBeNull();
    expect(repeatedCitation(null, { source, parts: [] })).toBeNull();
  });
});
