import { describe, expect, it } from 'vitest';

import { parseDocx } from '../../../../app/corpus/docx/parse-docx';
import { makeDocx, p } from './make-docx';

/** Session 8 tester, finding 13: a comment whose range runs over several paragraphs is shown beside each of them. */

const comment = (id: number, text: string) =>
  `<w:comment w:id="${id}" w:author="Jan" w:date="2025-05-01T00:00:00Z"><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:comment>`;
const start = (id: number) => `<w:commentRangeStart w:id="${id}"/>`;
const end = (id: number) => `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;

describe('Word reader: comments over several paragraphs', () => {
  it('a comment from the middle of one paragraph to the middle of the third is on all three, each on its part', () => {
    const letter = parseDocx(
      makeDocx({
        body: [
          p('Eerst dit. ', start(0), 'Opmerking begint hier'),
          p('loopt door'),
          p('en eindigt hier', end(0), ' nadien.'),
          p('Daarna niets.'),
          '<w:tbl><w:tr><w:tc>' + p(start(1), 'In de cel') + '</w:tc></w:tr></w:tbl>',
          p('na de tabel', end(1), '.'),
          '<w:sectPr/>',
        ].join(''),
        comments: comment(0, 'Is dit juist?') + comment(1, 'Ook de tabel.'),
      }),
      'brief.docx',
      'h',
    );
    const on = letter.blocks.map((b) => [b.text, (b.comments ?? []).map((c) => [c.text, b.text.slice(c.start, c.end)])]);
    expect(on).toEqual([
      ['Eerst dit. Opmerking begint hier', [['Is dit juist?', 'Opmerking begint hier']]],
      ['loopt door', [['Is dit juist?', 'loopt door']]],
      ['en eindigt hier nadien.', [['Is dit juist?', 'en eindigt hier']]],
      ['Daarna niets.', []],
      ['In de cel', [['Ook de tabel.', 'In de cel']]],
      ['na de tabel.', [['Ook de tabel.', 'na de tabel']]],
    ]);
  });
});
