import { type Message, message } from '../../ipc/messages';
import { extractSentinels, type RawParagraph, stripSentinelChars, trimParagraph } from '../raw-paragraph';
import type { Footnote } from '../types';
import { furnitureWarning } from './furniture-warning';
import { wordEvidence } from './hyphenation';
import { recoverNotes } from './note-backbone';
import { numberedHeadings } from './numbered-headings';
import { restorePageBreaks } from './page-breaks';
import { readPages } from './pages';
import { groupParagraphs, joinWrapped } from './paragraphs';

/** A paragraph or footnote with the 1-based page it starts on. */
export type Paged<T> = T & { page: number };

export interface PdfTextParse {
  paragraphs: Paged<RawParagraph>[];
  /** Numbered as printed (`label` the number, id `fn<number>`), in number order. */
  footnotes: Paged<Footnote>[];
  /** Keyed messages (`pdf.*`) on what could not be recovered (numbering gaps, notes without reference or without text) or was removed in doubt (furniture-warning.ts). */
  problems: Message[];
}

/**
 * Parses text that any program extracted from a PDF (poppler's pdftotext with or without
 * `-layout`, pdf.js, PDFBox, pypdf; FORMATS.md "PDF → text, as different programs produce it"):
 * page breaks put back where only the page numbers at the page feet show them (page-breaks.ts),
 * page furniture removed (pages.ts), footnotes recovered along their numbering 1..n with their
 * references (note-backbone.ts), paragraphs joined across line wraps and page breaks
 * (paragraphs.ts), line-end hyphens decided per hyphenation.ts, numbered headings told from list
 * items (numbered-headings.ts). Pure and total.
 */
export const parseExtractedPdf = (input: string): PdfTextParse => {
  const text = stripSentinelChars(input.startsWith('\uFEFF') ? input.slice(1) : input);
  const { lines, removed } = readPages(restorePageBreaks(text));
  const evidence = wordEvidence(lines.map((l) => l.text));
  const { body, notes, problems } = recoverNotes(lines);
  const paragraphs: Paged<RawParagraph>[] = [];
  for (const group of groupParagraphs(body)) {
    const p = trimParagraph(extractSentinels(joinWrapped(group.lines, evidence)));
    // A table row stays a line of text: stated a paragraph, so the classifier does not take it for a heading.
    if (p.text.length > 0 || p.notes.length > 0)
      paragraphs.push({ ...p, page: group.page, ...(group.row ? { kind: 'paragraph' as const } : {}) });
  }
  const footnotes = notes.map((n) => ({
    id: `fn${n.label}`,
    label: String(n.label),
    text: joinWrapped(n.lines, evidence).trim(),
    page: n.page,
  }));
  // A number at the foot without its text (its body read into the text, or lost): said, not hidden.
  const empty = footnotes.filter((f) => f.text === '').map((f) => message('pdf.note-empty', { number: Number(f.label), page: f.page }));
  const furniture = furnitureWarning(removed);
  return { paragraphs: numberedHeadings(paragraphs), footnotes, problems: [...problems, ...empty, ...(furniture ? [furniture] : [])] };
};
