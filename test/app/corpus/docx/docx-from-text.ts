import { parseWordText } from '../../../../app/corpus/word-parser';
import { type DocxParts, makeDocx, separators } from './make-docx';

/**
 * The .docx a Tika text extraction came from, rebuilt: each paragraph of the text a `w:p`, tabs
 * as `w:tab`, footnote and endnote references where the markers stood (with their Word ids), the
 * note bodies in their own parts behind Word's separator notes. Used to check that the Word reader
 * and the text parser give the same letter, and by the benchmark to make Word files.
 */

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Runs for `text`: tabs and line breaks as Word writes them, spaces preserved. */
const runs = (text: string): string =>
  text
    .split(/(\t|\n)/)
    .map((piece) =>
      piece === '\t'
        ? '<w:r><w:tab/></w:r>'
        : piece === '\n'
          ? '<w:r><w:br/></w:r>'
          : piece
            ? `<w:r><w:t xml:space="preserve">${escape(piece)}</w:t></w:r>`
            : '',
    )
    .join('');

const reference = (footnote: string): string => {
  const kind = footnote.startsWith('en') ? 'endnote' : 'footnote';
  return `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:${kind}Reference w:id="${footnote.slice(2)}"/></w:r>`;
};

/** The parts of the .docx for `text` (a Tika extraction of a Word letter, FORMATS.md). */
export const docxPartsFromText = (text: string): DocxParts => {
  const { paragraphs, footnotes } = parseWordText(text);
  const body = paragraphs
    .map((p) => {
      let out = '';
      let at = 0;
      for (const n of [...p.notes].sort((a, b) => a.offset - b.offset)) {
        out += runs(p.text.slice(at, n.offset)) + reference(n.footnote);
        at = n.offset;
      }
      return `<w:p>${out}${runs(p.text.slice(at))}</w:p>`;
    })
    .join('');
  const notes = (kind: 'footnote' | 'endnote', prefix: string) =>
    separators(kind) +
    footnotes
      .filter((f) => f.id.startsWith(prefix))
      .map(
        (f) =>
          `<w:${kind} w:id="${f.id.slice(2)}">${f.text
            .split('\n')
            .map(
              (line, i) =>
                `<w:p>${i === 0 ? `<w:r><w:${kind}Ref/></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r>` : ''}${runs(line)}</w:p>`,
            )
            .join('')}</w:${kind}>`,
      )
      .join('');
  return { body: `${body}<w:sectPr/>`, footnotes: notes('footnote', 'fn'), endnotes: notes('endnote', 'en') };
};

export const docxFromText = (text: string): Uint8Array => makeDocx(docxPartsFromText(text));
