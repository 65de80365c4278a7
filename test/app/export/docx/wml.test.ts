import * as docx from 'docx';
import { describe, expect, it } from 'vitest';

import { compileDocument } from '../../../../app/export/docx/package/compile';
import { documentNumbering } from '../../../../app/export/docx/styles';
import {
  commentRangeEnd,
  commentRangeStart,
  commentReferenceRun,
  escapeXml,
  footnoteReferenceRun,
  resolveNumIds,
  wParagraph,
  wRun,
  wText,
} from '../../../../app/export/docx/wml';

/** The body docx writes for `children` (its own object tree), to hold the body writer (wml.ts) to the same bytes. */
async function docxBody(children: docx.Paragraph[]): Promise<string> {
  const document = new docx.Document({ numbering: documentNumbering(), sections: [{ children }] });
  const xml = String((await compileDocument(document, [])).get('word/document.xml'));
  return xml.slice(xml.indexOf('<w:body>') + 8, xml.indexOf('<w:sectPr'));
}

describe('wml: the body writer writes what docx writes', () => {
  it('escapes the five entities and drops the C0 controls XML 1.0 forbids', () => {
    expect(escapeXml('a<b>&"\'\u0001\u000b\tc')).toBe('a&lt;b&gt;&amp;&quot;&apos;\tc');
  });

  it('runs with every property, note references and comment marks', async () => {
    const text = 'Tekst <&> "36 045"';
    const ours = wParagraph(
      { style: 'Quote', keepNext: true, keepLines: true, spacing: { before: 240, after: 0 } },
      wRun({ bold: true, italics: true, strike: true, color: '0563C1', underline: true, subScript: true }, `<w:br/>${wText(text)}`) +
        wRun({ bold: false, superScript: true }, wText('x')) +
        footnoteReferenceRun(3) +
        commentRangeStart(7) +
        commentRangeEnd(7) +
        commentReferenceRun(7),
    );
    const theirs = await docxBody([
      new docx.Paragraph({
        style: 'Quote',
        keepNext: true,
        keepLines: true,
        spacing: { before: 240, after: 0 },
        children: [
          new docx.TextRun({
            text,
            bold: true,
            italics: true,
            strike: true,
            color: '0563C1',
            underline: { type: docx.UnderlineType.SINGLE },
            subScript: true,
            break: 1,
          }),
          new docx.TextRun({ text: 'x', bold: false, superScript: true }),
          new docx.FootnoteReferenceRun(3),
          new docx.CommentRangeStart(7),
          new docx.CommentRangeEnd(7),
          new docx.TextRun({ children: [new docx.CommentReference(7)] }),
        ],
      }),
    ]);
    expect(ours).toBe(theirs);
  });

  it('list items: ListParagraph style and the w:num id docx gives the list', async () => {
    const numbering = { reference: 'dossier-ordered', level: 1, instance: 4 };
    const theirs = await docxBody([new docx.Paragraph({ numbering, children: [] }), new docx.Paragraph({ children: [] })]);
    const ours = resolveNumIds(wParagraph({ numbering }, '') + wParagraph({}, ''), new Map([['dossier-ordered-4', 2]]));
    expect(ours).toBe(theirs);
    expect(() => resolveNumIds(wParagraph({ numbering }, ''), new Map())).toThrow(/dossier-ordered-4/);
  });
});
