import type { Briefing } from '../../briefing/model';
import { citationLinks } from '../common/citation-links';
import { NoteCursor } from '../common/note-cursor';
import { noteParagraphSegments } from '../common/note-paragraphs';
import { odtHyperlink } from './hyperlink';
import { ODT_STYLE } from './styles';
import { noBreakText } from './text';
import { odfText } from './xml';

/**
 * The footnotes as native ODF notes (ODF 1.3 Part 3 §6.3: `text:note`, class footnote, with its
 * citation and body), handed out in `numberNotes` order while the body is written (NoteCursor):
 * each paragraph of the note's text a paragraph in the Footnote style, as a text:a to the
 * publication for the citation of a published paper; a quoted note's own links (`links`, kept from
 * its letter) are text:a elements around their words.
 */
export class OdtNotes extends NoteCursor<string> {
  constructor(briefing: Briefing) {
    // A citation note of a published paper links to its publication (citationLinks).
    const links = citationLinks(briefing);
    super(briefing, (note) => {
      const url = note.kind === 'citation' ? links.get(note.ref) : undefined;
      const words = (line: string) => (url ? odtHyperlink(url, odfText(line)) : noBreakText(line));
      const lines = note.links?.length
        ? noteParagraphSegments(note.text, note.links).map((segments) =>
            segments.map(({ text, href }) => (href ? odtHyperlink(href, odfText(text)) : noBreakText(text))).join(''),
          )
        : note.text.split('\n').map((line) => words(line.replace(/\r$/, '')));
      const body = lines.map((line) => `<text:p text:style-name="${ODT_STYLE.footnote}">${line}</text:p>`).join('');
      return `<text:note text:id="ftn${note.number}" text:note-class="footnote"><text:note-citation>${note.number}</text:note-citation><text:note-body>${body}</text:note-body></text:note>`;
    });
  }
}
