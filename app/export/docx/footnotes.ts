import { Paragraph, TextRun } from 'docx';

import type { Briefing } from '../../briefing/model';
import type { NumberedNote } from '../../briefing/notes';
import { NoteCursor } from '../common/note-cursor';
import { noteParagraphs } from '../common/note-paragraphs';
import { docxHyperlink, LINK_RUN } from './hyperlink';
import { boundText } from './runs';
import { footnoteReferenceRun } from './wml';

/**
 * Hands out footnote reference runs (their XML, wml.ts) while the body is written, in
 * `numberNotes` order (NoteCursor): Word's footnote ids are the note numbers, small and sequential
 * as Word wants (ids -1 and 0 are docx's separator notes).
 */
export class NoteSequence extends NoteCursor<string> {
  constructor(briefing: Briefing) {
    super(briefing, (note) => footnoteReferenceRun(note.number));
  }
}

/**
 * The document's footnotes (word/footnotes.xml), keyed by number: each note's text verbatim in
 * a run of its own, a paragraph (style FootnoteText) per line of multi-paragraph notes. docx puts
 * the note mark (w:footnoteRef) first; a separate space run follows it, as in Word's own notes.
 * A citation note whose passage is in `links` (passage id → publication address, citationLinks)
 * is a w:hyperlink to that address.
 */
export function footnoteContents(
  notes: NumberedNote[],
  links: ReadonlyMap<string, string> = new Map(),
): Record<string, { children: Paragraph[] }> {
  const contents: Record<string, { children: Paragraph[] }> = {};
  for (const note of notes) {
    // A citation note of a published paper links to its publication (citationLinks).
    const url = note.kind === 'citation' ? links.get(note.ref) : undefined;
    const words = (line: string) =>
      url ? docxHyperlink(url, [new TextRun({ children: boundText(line), ...LINK_RUN })]) : new TextRun({ children: boundText(line) });
    contents[String(note.number)] = {
      children: noteParagraphs(note.text).map(
        (line, index) => new Paragraph({ style: 'FootnoteText', children: index === 0 ? [new TextRun(' '), words(line)] : [words(line)] }),
      ),
    };
  }
  return contents;
}
