import type { Briefing } from '../../briefing/model';
import type { NumberedNote } from '../../briefing/notes';
import { numberNotes } from '../../briefing/notes';

/**
 * Hands out the briefing's notes while an exporter writes the body, in `numberNotes` order
 * (document order, 1-based), each rendered by `render` (a Word reference run, an ODF `text:note`).
 * The body walk asks for notes in the order `numberNotes` lists them; a mismatch is a programming
 * error and throws.
 */
export class NoteCursor<T> {
  readonly notes: NumberedNote[];
  private next = 0;
  private readonly known: Set<string>;

  constructor(
    briefing: Briefing,
    private readonly render: (note: NumberedNote) => T,
  ) {
    this.notes = numberNotes(briefing);
    this.known = new Set(briefing.footnotes.map((note) => note.id));
  }

  /** The note for a footnote-ref to `footnote`; undefined for an unknown id (numberNotes skips those too). */
  footnote(footnote: string): T | undefined {
    return this.known.has(footnote) ? this.take((note) => note.kind !== 'citation' && note.ref === footnote) : undefined;
  }

  /** The citation note of passage `passageId` (footnote citation style). */
  citation(passageId: string): T {
    return this.take((note) => note.kind === 'citation' && note.ref === passageId);
  }

  private take(expected: (note: NumberedNote) => boolean): T {
    const note = this.notes[this.next];
    if (!note || !expected(note)) throw new Error('De voetnoten van het stuk konden niet in volgorde worden genummerd.');
    this.next += 1;
    return this.render(note);
  }
}
