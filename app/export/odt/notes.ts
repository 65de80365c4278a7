import type { Briefing } from '../../briefing/model';
import type { NumberedNote } from '../../briefing/notes';
import { numberNotes } from '../../briefing/notes';
import { ODT_STYLE } from './styles';
import { noBreakText } from './text';

/**
 * Hands out the footnotes while the body is written, in `numberNotes` order (document order,
 * 1-based), as native ODF notes (ODF 1.3 Part 3 §6.3: `text:note`, class footnote, with its
 * citation and body): each paragraph of the note's text a paragraph in the Footnote style. A
 * mismatch with `numberNotes` is a programming error and throws.
 */
export class OdtNotes {
  readonly notes: NumberedNote[];
  private next = 0;
  private readonly known: Set<string>;

  constructor(briefing: Briefing) {
    this.notes = numberNotes(briefing);
    this.known = new Set(briefing.footnotes.map((note) => note.id));
  }

  /** The note for a footnote-ref to `footnote`; undefined for an unknown id (numberNotes skips those too). */
  footnote(footnote: string): string | undefined {
    return this.known.has(footnote) ? this.take((note) => note.kind !== 'citation' && note.ref === footnote) : undefined;
  }

  /** The citation note of passage `passageId` (footnote citation style). */
  citation(passageId: string): string {
    return this.take((note) => note.kind === 'citation' && note.ref === passageId);
  }

  private take(expected: (note: NumberedNote) => boolean): string {
    const note = this.notes[this.next];
    if (!note || !expected(note)) throw new Error('De voetnoten van het stuk konden niet in volgorde worden genummerd.');
    this.next += 1;
    const body = note.text
      .split('\n')
      .map((line) => `<text:p text:style-name="${ODT_STYLE.footnote}">${noBreakText(line.replace(/\r$/, ''))}</text:p>`)
      .join('');
    return `<text:note text:id="ftn${note.number}" text:note-class="footnote"><text:note-citation>${note.number}</text:note-citation><text:note-body>${body}</text:note-body></text:note>`;
  }
}
