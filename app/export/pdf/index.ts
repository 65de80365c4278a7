import PDFDocument from 'pdfkit';

import type { Briefing } from '../../briefing/model';
import { numberNotes } from '../../briefing/notes';
import { documentTime, UNDATED_TIME } from '../common/document-time';
import { exportBriefing } from '../common/export-briefing';
import { exportLabels, exportLanguage } from '../common/labels';
import { isNota } from '../common/nota-block';
import { AnnotationMarks } from './annotations';
import type { AppendixLetter } from './appendix';
import { appendixLinks, appendixParas } from './appendix';
import { bodyParas } from './body';
import { PDF_FONT_FACES, type PdfFonts } from './fonts';
import { NoteCounter, noteLines } from './footnotes';
import { drawPageFurniture } from './furniture';
import type { LinkTarget, Para } from './layout';
import { createMeasure } from './measure';
import { notaClosingParas, notaTitleParas } from './nota-block';
import { collectOutput } from './output';
import { paginate } from './paginate';
import { withPublicationLinks } from './publication-links';
import { renderPages } from './render';
import { type PdfWidths, Shaper } from './shaping';
import { MARGIN, PAGE } from './styles';
import { layOutParas } from './table';
import { StructureTree } from './tagging';
import { titleParas } from './title-block';

export type { AppendixLetter } from './appendix';
export type { PdfFonts } from './fonts';
export type { PdfWidths } from './shaping';

function documentTitle(briefing: Briefing): string {
  const { title, subject } = briefing.properties;
  return title.trim() || subject.trim() || 'Briefing';
}

/**
 * Exports a briefing as a tagged PDF 1.7 (A4, Dutch): the title block (a nota's as a ruled table,
 * and its Kopie aan / Bijlagen after the sections: nota-block.ts), the body in the Word
 * export's styles, every footnote at the foot of the page of its reference (numbered as
 * `numberNotes` does), annotations as PDF text annotations with printed markers, headings as
 * bookmarks, tables with borders and their header row repeated on each page, pages broken without orphans, widows or stranded headings (see `paginate`), classification marking and "Pagina X van Y" on every page, the font embedded.
 * With `options.appendix`, the quoted letters are appended and citations link to them; `options.widths`
 * (kept from earlier exports, learnt further by this one) spares shaping words with fontkit.
 * Footnote references link to their notes; every link and comment is in the structure tree
 * (Link / Annot with an OBJR, /StructParent, a Dutch /Contents), as PDF/UA-1 §7.18 asks.
 * Every string of the briefing is set and stored in NFC, empty list items left out (exportBriefing; NFC also in Title, Subject, bookmarks).
 */
export async function briefingToPdf(input: Briefing, fonts: PdfFonts, options: PdfOptions = {}): Promise<Uint8Array> {
  const briefing = exportBriefing(input);
  const { doc, output, shaper, pages } = layOutPdf(briefing, fonts, options);
  const tree = new StructureTree(doc);
  renderPages(doc, pages, tree, new AnnotationMarks(briefing.annotations, doc, tree, shaper), shaper);
  drawPageFurniture(doc, tree, briefing.properties.classification, exportLanguage(briefing.properties), shaper);
  doc.end();
  return output;
}

/**
 * The number of pages `briefingToPdf` gives the same briefing, fonts and options: its own layout
 * and pagination (`layOutPdf`; `renderPages` adds one PDF page per laid-out page), stopped before
 * drawing, tagging, font subsetting and compression, which do not move a line. For the status
 * bar's page count. `options.widths` is taught as an export would teach it.
 */
export function briefingPdfPageCount(briefing: Briefing, fonts: PdfFonts, options: PdfOptions = {}): number {
  return layOutPdf(exportBriefing(briefing), fonts, options).pages.length;
}

/** `now`: the CreationDate and ModDate written; when not given, the briefing's own date (documentTime), else UNDATED_TIME. */
type PdfOptions = { appendix?: AppendixLetter[]; widths?: PdfWidths; now?: Date };

// Without a Datum the PDF still needs a CreationDate: pdfkit derives the file identifier (trailer
// /ID) from it and always writes it in the XMP metadata (xmp:CreateDate); UNDATED_TIME is fixed.

/** The document with its fonts registered, and the briefing broken into lines and pages (nothing drawn yet). */
function layOutPdf(briefing: Briefing, fonts: PdfFonts, options: PdfOptions) {
  const { properties } = briefing;
  const created = documentTime(properties, options.now) ?? UNDATED_TIME;
  const doc = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margins: { ...MARGIN },
    autoFirstPage: false,
    bufferPages: true,
    font: null,
    pdfVersion: '1.7',
    tagged: true,
    lang: exportLabels(properties).languageTag,
    displayTitle: true,
    info: {
      Title: documentTitle(briefing),
      Author: properties.author || properties.from,
      Subject: properties.subject,
      Keywords: properties.keywords.join(', '),
      Creator: 'Dossier',
      CreationDate: created,
      ModDate: created,
    },
  });
  const output = collectOutput(doc);
  for (const face of PDF_FONT_FACES) doc.registerFont(face, fonts[face]);
  const shaper = new Shaper(doc, options.widths);
  const measure = createMeasure(doc, shaper);

  const appendix = options.appendix ?? [];
  const links = withPublicationLinks(appendixLinks(appendix), briefing);
  const notes = numberNotes(briefing);
  const counter = new NoteCounter(
    notes,
    briefing.footnotes.map((note) => note.id),
  );
  const nota = isNota(properties);
  const paras: Para[] = [
    ...(nota ? notaTitleParas(properties) : titleParas(properties)),
    ...bodyParas(briefing, counter, links),
    ...(nota ? notaClosingParas(properties) : []),
    ...appendixParas(appendix, exportLanguage(properties)),
  ];

  const citationLinks = new Map<string, LinkTarget | undefined>();
  for (const block of briefing.body) {
    if (block.type === 'passage') citationLinks.set(block.id, links(block.source.file, block.parts[0]?.blockIndex));
  }
  const lines = noteLines(notes, (note) => (note.kind === 'citation' ? citationLinks.get(note.ref) : undefined), measure);

  const pages = paginate(layOutParas(paras, measure), lines);
  return { doc, output, shaper, pages };
}
