import { describe, expect, it } from 'vitest';

import { DocxError, MESSAGES } from '../../../../app/corpus/docx/errors';
import { parseDocx } from '../../../../app/corpus/docx/parse-docx';
import { makeDocx, p, run } from './make-docx';

/** Session 8 tester, finding 13 (small ones): ruby base text, very deep nesting. */

const read = (bytes: Uint8Array) => parseDocx(bytes, 'brief.docx', 'h');
const ruby = (base: string, annotation: string) =>
  `<w:ruby><w:rubyPr/><w:rt><w:r><w:t>${annotation}</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>${base}</w:t></w:r></w:rubyBase></w:ruby>`;

describe('Word reader: small findings', () => {
  it('ruby (w:ruby) reads as its base text, not the annotation, inside a run and where a writer puts it outside one', () => {
    const letter = read(
      makeDocx({
        body: p('Kanji ', `<w:r>${ruby('漢字', 'かんじ')}</w:r>`, ' en ', ruby('basis', 'RT'), '.') + '<w:sectPr/>',
      }),
    );
    expect(letter.blocks.map((b) => b.text)).toEqual(['Kanji 漢字 en basis.']);
  });

  it('hyperlinks nested 20,000 deep: the nesting message, not "damaged"', () => {
    const depth = 20_000;
    const body = `<w:p>${'<w:hyperlink w:anchor="a">'.repeat(depth)}${run('diep')}${'</w:hyperlink>'.repeat(depth)}</w:p><w:sectPr/>`;
    const message = (() => {
      try {
        read(makeDocx({ body }));
        return 'read';
      } catch (error) {
        return error instanceof DocxError ? error.message : String(error);
      }
    })();
    expect(message).toBe(MESSAGES.tooDeep);
    expect(MESSAGES.tooDeep).toMatch(/te diep genest/);
  });
});
