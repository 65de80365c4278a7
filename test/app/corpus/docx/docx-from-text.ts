import { parseWordText } from '../../../../app/corpus/word-parser';
import { type DocxParts, makeDocx, separators } from './make-docx';

/**
 * The .docx a Tika text extraction came from, rebuilt: each paragraph of the text a `w:p`, tabs
 * as `w:tab`, footnote and endnote references where the markers stood (with their Word ids), the
 * note bodies in their own parts behind Word's separator notes. Used to check that the Word reader
 * and the text parser give the same letter, and by the benchmark to make Word files.
 */

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Run and paragraph properties as Word writes them on every run (font, size, language, revision ids). */
const RPR =
  '<w:rPr><w:rFonts w:ascii="Verdana" w:hAnsi="Verdana" w:cs="Times New Roman"/><w:sz w:val="18"/><w:szCs w:val="18"/><w:lang w:val="nl-NL"/></w:rPr>';
const PPR = `<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>${RPR}</w:pPr>`;

/**
 * Runs for `text`: tabs and line breaks as Word writes them, spaces preserved; `word`: with Word's
 * run properties, in runs of at most 60 characters (Word splits runs at every revision).
 */
const runs = (text: string, word = false): string => {
  const open = word ? `<w:r w:rsidRPr="00C4D5E6">${RPR}` : '<w:r>';
  const piece = (p: string): string => {
    if (p === '\t') return `${open}<w:tab/></w:r>`;
    if (p === '\n') return `${open}<w:br/></w:r>`;
    return p ? `${open}<w:t xml:space="preserve">${escape(p)}</w:t></w:r>` : '';
  };
  return text
    .split(/(\t|\n)/)
    .flatMap((p) => (word && p.length > 60 ? (p.match(/[^]{1,60}/g) ?? []) : [p]))
    .map(piece)
    .join('');
};

const reference = (footnote: string): string => {
  const kind = footnote.startsWith('en') ? 'endnote' : 'footnote';
  return `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:${kind}Reference w:id="${footnote.slice(2)}"/></w:r>`;
};

/**
 * The parts of the .docx for `text` (a Tika extraction of a Word letter, FORMATS.md). `word`: with
 * the run and paragraph properties Word writes everywhere (about the size of a real Word file).
 */
export const docxPartsFromText = (text: string, word = false): DocxParts => {
  const { paragraphs, footnotes } = parseWordText(text);
  const body = paragraphs
    .map((p) => {
      let out = '';
      let at = 0;
      for (const n of [...p.notes].sort((a, b) => a.offset - b.offset)) {
        out += runs(p.text.slice(at, n.offset), word) + reference(n.footnote);
        at = n.offset;
      }
      return word
        ? `<w:p w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3">${PPR}${out}${runs(p.text.slice(at), word)}</w:p>`
        : `<w:p>${out}${runs(p.text.slice(at))}</w:p>`;
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

export const docxFromText = (text: string, word = false): Uint8Array => makeDocx(docxPartsFromText(text, word));
