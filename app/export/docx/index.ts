import { Document } from 'docx';

import type { Briefing } from '../../briefing/model';
import { citationLinks } from '../common/citation-links';
import { documentTime, UNDATED_TIME } from '../common/document-time';
import { exportBriefing } from '../common/export-briefing';
import { EXPORT_LABELS, exportLanguage } from '../common/labels';
import { isNota } from '../common/nota-block';
import { bodyDrafts } from './body';
import { placeComments } from './comments';
import type { BodyContext } from './draft';
import { footnotesXml, NoteSequence } from './footnotes';
import { headerAndFooter } from './header-footer';
import { LinkRelationships } from './hyperlink';
import { notaClosingElements, notaTitleElements } from './nota-table';
import { bodyPart, notesPart, registerBodyReferences } from './package/body-part';
import { compileDocument } from './package/compile';
import { packageAsWordWrites } from './package/word-package';
import type { Deflater } from './package/zip';
import { coreProperties, corePropertiesPart } from './properties';
import { documentNumbering, documentStyles } from './styles';
import { withTables } from './table';
import { titleBlockParagraphs } from './title-block';

export interface DocxOptions {
  /** Written as the document's creator when the briefing's properties name no author. */
  creator?: string;
  /**
   * Creation and modification time written in the core properties; when not given, the briefing's
   * own date (documentTime), else UNDATED_TIME — never the clock, so two exports are byte-identical.
   */
  now?: Date;
  /** Compressor for the package's zip (main passes Node's zlib, main/export/deflate.ts); fflate's when not given. */
  deflater?: Deflater;
}

/**
 * Writes a briefing as a Word document (Office Open XML, ECMA-376): title block (a nota's as a
 * table, with its Kopie aan / Bijlagen block after the sections: nota-table.ts), headings in
 * Word's heading styles, lists with Word numbering, passages in a Quote style with their
 * citations, tables as Word tables (header row repeated on each page), native footnotes numbered in document order, native comments for annotations,
 * classification and "Pagina X van Y" in header and footer, and the core properties. Everything is
 * in the briefing's export language (`properties.language`: `w:lang` in the styles, settings'
 * `w:themeFontLang` and dc:language nl-NL, or en-GB for English) with widow/orphan control,
 * headings kept with the text after them and passages with their citation line, so Word paginates as the PDF export does.
 * The body (word/document.xml's paragraphs and tables) is written by wml.ts, the rest of the
 * package by docx. Every string is exported in NFC and empty list items left out (exportBriefing). Pure: returns the .docx bytes, writes nothing.
 */
export async function briefingToDocx(input: Briefing, options: DocxOptions = {}): Promise<Uint8Array> {
  const briefing = exportBriefing(input);
  const notes = new NoteSequence(briefing);
  const context: BodyContext = { notes, links: new LinkRelationships() };
  const language = exportLanguage(briefing.properties);
  const languageTag = EXPORT_LABELS[language].languageTag;
  // Comment ids after the footnote ids: LibreOffice confuses equal ids of the two kinds (see placeComments).
  const drafts = bodyDrafts(briefing, context);
  const { paragraphs, comments } = placeComments(drafts, briefing.annotations, notes.notes.length + 1);
  const body = (
    isNota(briefing.properties)
      ? [...notaTitleElements(briefing.properties), ...withTables(drafts, paragraphs), ...notaClosingElements(briefing.properties)]
      : [...titleBlockParagraphs(briefing.properties), ...withTables(drafts, paragraphs)]
  ).join('');
  const core = coreProperties(briefing.properties, options.creator);
  const document = new Document({
    title: core.title,
    subject: core.subject,
    creator: core.creator,
    lastModifiedBy: core.lastModifiedBy,
    keywords: core.keywords,
    styles: documentStyles(language),
    numbering: documentNumbering(),
    footnotes: {},
    ...(comments.length > 0 ? { comments: { children: comments } } : {}),
    sections: [{ ...headerAndFooter(briefing.properties.classification, language), children: [] }],
  });
  const noteLinks = new LinkRelationships();
  const footnotes = footnotesXml(notes.notes, citationLinks(briefing), noteLinks);
  const numIds = registerBodyReferences(document, body, context.links.entries, noteLinks.entries);
  // docx writes no dc:language: its core.xml is replaced by one that has it.
  const files = await compileDocument(document, [
    corePropertiesPart(core, documentTime(briefing.properties, options.now) ?? UNDATED_TIME, languageTag),
  ]);
  const text = (name: string) => {
    const data = files.get(name) ?? '';
    return typeof data === 'string' ? data : new TextDecoder().decode(data);
  };
  files.set('word/document.xml', bodyPart(text('word/document.xml'), body, numIds));
  files.set('word/footnotes.xml', notesPart(text('word/footnotes.xml'), footnotes));
  return packageAsWordWrites(
    files,
    comments.filter((comment) => comment.resolved).map((comment) => comment.id),
    options.deflater,
    languageTag,
  );
}
