import type { NumberedNote } from '../../briefing/notes';
import { noteParagraphSegments } from '../common/note-paragraphs';
import { externalLink, LINK_COLOR } from './hyperlink';
import type { Line, LinkTarget, Para } from './layout';
import { breakLines } from './line-break';
import type { Measure } from './measure';
import { noteLink, styledRun } from './runs';
import { CONTENT_WIDTH, MARGIN, STYLES } from './styles';

/**
 * Hands out footnote numbers while the body is turned into paragraphs, in the order
 * `numberNotes` lists them (document order; a passage's citation note after its own notes).
 * References to unknown footnote ids get no number, as in `numberNotes`; any other mismatch is
 * a programming error.
 */
export class NoteCounter {
  private next = 0;
  private readonly known: Set<string>;

  constructor(
    private readonly notes: NumberedNote[],
    footnoteIds: string[],
  ) {
    this.known = new Set(footnoteIds);
  }

  take(ref: string, citation: boolean): number | undefined {
    if (!citation && !this.known.has(ref)) return undefined;
    const note = this.notes[this.next];
    if (!note || note.ref !== ref || (note.kind === 'citation') !== citation) {
      throw new Error(`Voetnootvolgorde klopt niet bij "${ref}".`);
    }
    this.next += 1;
    return note.number;
  }
}

/**
 * Breaks every note into lines at the note band's width: the number in a hanging column, the
 * text verbatim, each paragraph of a multi-paragraph note on a line of its own. The note's
 * first line is the destination of its references' links; a citation note whose letter is
 * appended links to it (`linkFor`); a quoted note's own links (`links`, kept from its letter) are
 * link annotations over their words, drawn in the link look.
 */
export function noteLines(
  notes: NumberedNote[],
  linkFor: (note: NumberedNote) => LinkTarget | undefined,
  measure: Measure,
): Map<number, Line[]> {
  const style = STYLES.note;
  const x = MARGIN.left + style.labelWidth;
  const width = CONTENT_WIDTH - style.labelWidth;
  const result = new Map<number, Line[]>();
  for (const note of notes) {
    const link = linkFor(note);
    const lines = noteParagraphSegments(note.text, note.links).flatMap((segments, index) => {
      const runs = segments.map(({ text, href }) =>
        href
          ? styledRun(text, 'note', { color: LINK_COLOR, underline: true, link: externalLink(href) })
          : styledRun(text, 'note', link ? { link } : {}),
      );
      const para: Para = { style: 'note', tag: 'Note', parents: [], runs };
      if (index === 0) {
        para.label = { text: String(note.number), font: 'regular', tag: 'Lbl' };
        para.destinations = [noteLink(note.number).destination];
      }
      return breakLines(para, x, width, style.leading, measure);
    });
    result.set(note.number, lines);
  }
  return result;
}
