import { describe, expect, it } from 'vitest';

import { parseDocx } from '../../../../app/corpus/docx/parse-docx';
import { makeDocx, p } from './make-docx';

const styled = (style: string, text: string) => `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;

describe('parseDocx: heading levels', () => {
  it('keeps each heading’s level: Heading 1/2/3 by name, by outline level, and a styleId Heading2 without w:name', () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Kop3"><w:name w:val="heading 3"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Heading2"/>' +
      '<w:style w:type="paragraph" w:styleId="Tussenkop"><w:name w:val="Tussenkop ministerie"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>';
    const body =
      p('Geachte voorzitter,') +
      styled('Kop1', 'Inleiding') +
      p('Tekst.') +
      styled('Heading2', 'Achtergrond') +
      p('Meer tekst.') +
      styled('Kop3', 'Details') +
      p('Nog meer.') +
      styled('Tussenkop', 'Eigen tussenkop') +
      p('Slot.') +
      p('Hoogachtend,');
    const letter = parseDocx(makeDocx({ body, styles }), 'brief.docx', 'h');
    expect(letter.blocks.filter((b) => b.kind === 'heading').map((b) => [b.text, b.level])).toEqual([
      ['Inleiding', 1],
      ['Achtergrond', 2],
      ['Details', 3],
      ['Eigen tussenkop', 2],
    ]);
    expect(letter.blocks.find((b) => b.text === 'Tekst.')!.level).toBeUndefined();
  });
});
