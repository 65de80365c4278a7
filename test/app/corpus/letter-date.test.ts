import { describe, expect, it } from 'vitest';

import { applySidecar, parseLetter } from '../../../app/corpus';
import { parseDutchDate } from '../../../app/corpus/dates';
import { parseDocx } from '../../../app/corpus/docx/parse-docx';
import { makeDocx, p } from './docx/make-docx';

const BODY = ['Geachte voorzitter,', 'Hierbij informeer ik uw Kamer.', 'Hoogachtend,'];
const CORE = '<dcterms:created xsi:type="dcterms:W3CDTF">2019-01-01T09:00:00Z</dcterms:created>';
const text = (lines: string[]) => parseLetter({ file: 'a.txt', text: [...lines, ''].join('\n'), hash: 'h' });
const docx = (lines: string[], core = CORE) => parseDocx(makeDocx({ body: lines.map((t) => p(t)).join(''), core }), 'a.docx', 'h');

describe("the letter's date", () => {
  it('reads numeric dates in Dutch day-month order with -, . or /', () => {
    for (const written of ['12-05-2025', '12.05.2025', '12/05/2025', '12-5-2025', 'maandag 12 mei 2025', '2025-05-12']) {
      expect(parseDutchDate(written), written).toBe('2025-05-12');
    }
    expect(parseDutchDate('13/13/2025')).toBeNull();
    expect(parseDutchDate('12.05/2025')).toBeNull();
    expect(parseDutchDate('versie 1.12.05.2025')).toBeNull();
  });

  const heads: [string, string[]][] = [
    ['a place and date line', ['Den Haag, 12 mei 2025', 'Betreft: Datumtest']],
    ["'s-Gravenhage with a numeric date", ["'s-Gravenhage, 12-05-2025", 'Betreft: Datumtest']],
    [
      'another place, a slash date, in a nota without salutation',
      ['Utrecht, 12/05/2025', 'Betreft: Datumtest', 'Deze nota gaat over iets.'],
    ],
    ['Datum: with dots', ['Datum: 12.05.2025', 'Betreft: Datumtest']],
    ['Datum label, value on the next line', ['Ministerie van Financiën', 'Datum', '12.05.2025', 'Betreft', 'Datumtest']],
  ];
  for (const [name, head] of heads) {
    it(`${name}: the letter's own date, for .txt and .docx; the file's creation date is not used`, () => {
      const lines = head.at(-1)!.endsWith('.') ? head : [...head, ...BODY];
      expect(text(lines).date).toBe('2025-05-12');
      const word = docx(lines);
      expect(word.date).toBe('2025-05-12');
      expect(word.dateSource).toBeUndefined();
    });
  }

  it('a place and date line in the body is not the date; a date that is no date is skipped for the next', () => {
    expect(text([...BODY, 'Den Haag, 12 mei 2025']).date).toBeNull();
    expect(text(['Datum: 31.02.2025', 'Den Haag, 12 mei 2025', ...BODY]).date).toBe('2025-05-12');
  });

  it("falls back on the file's creation date and says so; the sidecar's date is the letter's", () => {
    const word = docx(['Betreft: Zonder datum', ...BODY]);
    expect([word.date, word.dateSource]).toEqual(['2019-01-01', 'file-properties']);
    const set = applySidecar(word, { letters: [{ file: 'a.docx', date: '2025-05-12' }] });
    expect([set.date, set.dateSource]).toEqual(['2025-05-12', undefined]);
    const other = applySidecar(word, { letters: [{ file: 'a.docx', title: 'Titel' }] });
    expect(other.dateSource).toBe('file-properties');
    expect(docx(['Betreft: Zonder datum', ...BODY], '').dateSource).toBeUndefined();
  });
});
