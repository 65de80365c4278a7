import { describe, expect, it } from 'vitest';

import { formatOfficialCitation } from '../../../app/briefing/official-citation';
import { officialSourceRefOf } from '../../../app/briefing/official-source';
import { parseLetter } from '../../../app/corpus';
import { parseDocx } from '../../../app/corpus/docx/parse-docx';
import type { Letter } from '../../../app/corpus/types';
import { makeDocx, p } from './docx/make-docx';

const BODY = ['Geachte voorzitter,', 'Zoals eerder gemeld (Kamerstuk 36 045, nr. 264) gaat het goed.', 'Hoogachtend,'];
const text = (head: string[]) => parseLetter({ file: 'a.txt', text: [...head, '', ...BODY, ''].join('\n'), hash: 'h' });
const docx = (head: string[], where: 'header' | 'table' = 'header') => {
  const body = BODY.map((t) => p(t)).join('');
  if (where === 'table') {
    const rows = head.map((t) => `<w:tr><w:tc>${p(t)}</w:tc></w:tr>`).join('');
    return parseDocx(makeDocx({ body: `<w:tbl>${rows}</w:tbl>${body}` }), 'a.docx', 'h');
  }
  const sect = '<w:sectPr><w:headerReference w:type="default" r:id="rIdheader"/></w:sectPr>';
  return parseDocx(makeDocx({ body: body + sect, header: head.map((t) => p(t)).join('') }), 'a.docx', 'h');
};
const cited = (l: Letter) => l.citations.map((c) => c.key);
const citation = (l: Letter) => formatOfficialCitation(officialSourceRefOf(l), []);

describe("the letter's own Kamerstuk in its reference column", () => {
  const heads: [string, string[], string, string][] = [
    [
      'Kamerstuk on its line',
      ['Ministerie van Financiën', 'Datum 4 juni 2025', 'Kamerstuk 36 045, nr. 300', 'Ons kenmerk 2025-0000123456', 'Betreft Steun'],
      'Kamerstuk 36 045, nr. 300',
      'Kamerstukken II 2024/25, 36 045, nr. 300',
    ],
    [
      'the full citation with its year',
      ['Datum 4 juni 2025', 'Kamerstukken II 2025/26, 36 045, nr. 300', 'Betreft Steun'],
      'Kamerstukken II 2025/26, 36 045, nr. 300',
      'Kamerstukken II 2025/26, 36 045, nr. 300',
    ],
    [
      'label and value on two lines, with a colon',
      ['Datum', '4 juni 2025', 'Kamerstuk:', '36 045 nr. 300', 'Betreft', 'Steun'],
      'Kamerstuk 36 045 nr. 300',
      'Kamerstukken II 2024/25, 36 045, nr. 300',
    ],
  ];
  for (const [name, head, reference, official] of heads) {
    it(`${name}: a reference of the letter, not a citation (.txt and .docx)`, () => {
      for (const letter of [text(head), docx(head), docx(head, 'table')]) {
        expect(letter.references).toContain(reference);
        expect(letter.keys).toContain('kst-36045-300');
        expect(cited(letter)).toEqual(['kst-36045-264']);
        expect(citation(letter)).toBe(official);
      }
    });
  }

  it('a Kamerstuk cited in the body or in a long line of the column stays a citation', () => {
    const letter = text(['Datum 4 juni 2025', 'Betreft Vervolg op Kamerstuk 36 045, nr. 12']);
    expect(letter.references).toEqual([]);
    expect(cited(letter)).toEqual(['kst-36045-12', 'kst-36045-264']);
    expect(citation(letter)).toMatch(/^Brief aan de Tweede Kamer van 4 juni 2025/);
  });
});
