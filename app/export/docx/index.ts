import { Document, Packer } from 'docx';

import type { Briefing } from '../../briefing/model';
import { bodyDrafts } from './body';
import { placeComments } from './comments';
import { footnoteContents, NoteSequence } from './footnotes';
import { headerAndFooter } from './header-footer';
import { coreProperties } from './properties';
import { documentNumbering, documentStyles } from './styles';
import { titleBlockParagraphs } from './title-block';

export interface DocxOptions {
  /** Written as the document's creator when the briefing's properties name no author. */
  creator?: string;
}

/**
 * Writes a briefing as a Word document (Office Open XML, ECMA-376): title block, headings in
 * Word's heading styles, lists with Word numbering, passages in a Quote style with their
 * citations, native footnotes numbered in document order, native comments for annotations,
 * classification and "Pagina X van Y" in header and footer, and the core properties.
 * Pure: returns the .docx bytes, writes nothing.
 */
export async function briefingToDocx(briefing: Briefing, options: DocxOptions = {}): Promise<Uint8Array> {
  const notes = new NoteSequence(briefing);
  const { paragraphs, comments } = placeComments(bodyDrafts(briefing, notes), briefing.annotations);
  const document = new Document({
    ...coreProperties(briefing.properties, options.creator),
    styles: documentStyles(),
    numbering: documentNumbering(),
    footnotes: footnoteContents(notes.notes),
    ...(comments.length > 0 ? { comments: { children: comments } } : {}),
    sections: [
      {
        ...headerAndFooter(briefing.properties.classification),
        children: [...titleBlockParagraphs(briefing.properties), ...paragraphs],
      },
    ],
  });
  return Packer.pack(document, 'uint8array');
}
