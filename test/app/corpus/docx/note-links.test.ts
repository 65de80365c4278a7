import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { parseDocx } from '../../../../app/corpus/docx/parse-docx';
import type { Letter } from '../../../../app/corpus/types';
import { enRef, makeDocx, p, separators } from './make-docx';

/** Session 8 tester, finding 13: a hyperlink inside a footnote or endnote keeps its href (footnotes.xml.rels, endnotes.xml.rels). */

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../../../fixtures/docx', name)));
const linked = (letter: Letter) =>
  letter.footnotes.map((f) => [f.label, f.text, (f.links ?? []).map((l) => [f.text.slice(l.start, l.end), l.href])]);

describe('Word reader: links in notes', () => {
  it.each(['pandoc-note-links.docx', 'libreoffice-note-links.docx'])('%s: each note keeps the link text and its href', (name) => {
    expect(linked(parseDocx(fixture(name), name, 'h'))).toEqual([
      ['1', 'Rapport op rijksoverheid.nl, blz. 4.', [['rijksoverheid.nl', 'https://www.rijksoverheid.nl/rapport']]],
      ['2', 'Kamerstuk 36 045, nr. 300; zie ook de Kamer.', [['de Kamer', 'https://www.tweedekamer.nl/k']]],
    ]);
  });

  it('an endnote of two paragraphs: the link in the second keeps its place; decomposed text is normalised with it', () => {
    const rels =
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.nl/cafe%CC%81" TargetMode="External"/></Relationships>';
    const endnote =
      '<w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t xml:space="preserve"> Cafe\u0301 eerst.</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t xml:space="preserve">Dan </w:t></w:r><w:hyperlink r:id="rId1"><w:r><w:t>de bron</w:t></w:r></w:hyperlink><w:r><w:t>.</w:t></w:r></w:p></w:endnote>';
    const letter = parseDocx(
      makeDocx({
        body: p('Geachte voorzitter,') + p('Zin', enRef(1), '.') + '<w:sectPr/>',
        endnotes: separators('endnote') + endnote,
        raw: { 'word/_rels/endnotes.xml.rels': rels },
      }),
      'brief.docx',
      'h',
    );
    expect(linked(letter)).toEqual([['i', 'Café eerst.\nDan de bron.', [['de bron', 'https://example.nl/cafe%CC%81']]]]);
  });
});
