import type { Briefing } from '../../briefing/model';
import type { NumberedNote } from '../../briefing/notes';
import { NoteCursor } from '../common/note-cursor';
import { noteParagraphs, noteParagraphSegments } from '../common/note-paragraphs';
import { LINK_RUN_PROPS, type LinkRelationships } from './hyperlink';
import { boundTextXml } from './runs';
import { footnoteReferenceRun, plainRun, wParagraph, wRun } from './wml';

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

/** The note mark that opens a note's first paragraph (w:footnoteRef in the FootnoteReference style, ECMA-376 §17.11.13). */
const NOTE_MARK = '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>';

/**
 * The document's footnotes (the `w:footnote` elements of word/footnotes.xml after docx's two
 * separator notes), keyed by number: each note's text verbatim in a run of its own, a paragraph
 * (style FootnoteText) per line of multi-paragraph notes. The note mark (w:footnoteRef) comes
 * first, then a separate space run, as in Word's own notes (and as docx wrote them).
 * A citation note whose passage is in `links` (passage id → publication address, citationLinks)
 * is a w:hyperlink to that address, related through `relationships` (footnotes.xml.rels); so is
 * each link a quoted note kept from its letter (`links`, ECMA-376 §17.16.22 `w:hyperlink`), its
 * words in the link look and the rest of the note in plain runs.
 */
export function footnotesXml(notes: NumberedNote[], links: ReadonlyMap<string, string>, relationships: LinkRelationships): string {
  let xml = '';
  for (const note of notes) {
    // A citation note of a published paper links to its publication (citationLinks).
    const url = note.kind === 'citation' ? links.get(note.ref) : undefined;
    const words = (line: string) => {
      const run = wRun(url ? LINK_RUN_PROPS : {}, boundTextXml(line, !url));
      return url ? relationships.hyperlink(url, run) : run;
    };
    const lines = note.links?.length
      ? noteParagraphSegments(note.text, note.links).map((segments) =>
          segments
            .map(({ text, href }) =>
              href ? relationships.hyperlink(href, wRun(LINK_RUN_PROPS, boundTextXml(text, false))) : wRun({}, boundTextXml(text)),
            )
            .join(''),
        )
      : noteParagraphs(note.text).map(words);
    const paragraphs = lines.map((line, index) =>
      wParagraph({ style: 'FootnoteText' }, index === 0 ? NOTE_MARK + plainRun(' ') + line : line),
    );
    xml += `<w:footnote w:id="${note.number}">${paragraphs.join('')}</w:footnote>`;
  }
  return xml;
}
