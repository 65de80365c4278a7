import { FootnoteReferenceRun, Paragraph, TextRun } from 'docx';

import type { Briefing } from '../../briefing/model';
import type { NumberedNote } from '../../briefing/notes';
import { numberNotes } from '../../briefing/notes';
import { noteParagraphs } from '../common/note-paragraphs';
import { boundText } from './runs';

/**
 * Hands out footnote numbers while the body is written, following `numberNotes` (document
 * order, 1-based): Word's footnote ids are those numbers, small and sequential as Word wants
 * (ids -1 and 0 are docx's separator notes). The body walk asks for notes in the same order
 * `numberNotes` lists them; a mismatch is a programming error and throws.
 */
export class NoteSequence {
  readonly notes: NumberedNote[];
  private next = 0;
  private readonly known: Set<string>;

  constructor(briefing: Briefing) {
    this.notes = numberNotes(briefing);
    this.known = new Set(briefing.footnotes.map((note) => note.id));
  }

  /** The reference run for a footnote-ref to `footnote`; undefined for an unknown id (numberNotes skips those too). */
  footnote(footnote: string): FootnoteReferenceRun | undefined {
    return this.known.has(footnote) ? this.take((note) => note.kind !== 'citation' && note.ref === footnote) : undefined;
  }

  /** The reference run for the citation note of passage `passageId` (footnote citation style). */
  citation(passageId: string): FootnoteReferenceRun {
    return this.take((note) => note.kind === 'citation' && note.ref === passageId);
  }

  private take(expected: (note: NumberedNote) => boolean): FootnoteReferenceRun {
    const note = this.notes[this.next];
    if (!note || !expected(note)) throw new Error('De voetnoten van het stuk konden niet in volgorde worden genummerd.');
    this.next += 1;
    return new FootnoteReferenceRun(note.number);
  }
}

/**
 * The document's footnotes (word/footnotes.xml), keyed by number: each note's text verbatim in
 * a run of its own, a paragraph (style FootnoteText) per line of multi-paragraph notes. docx puts
 * the note mark (w:footnoteRef) first; a separate space run follows it, as in Word's own notes.
 */
export function footnoteContents(notes: NumberedNote[]): Record<string, { children: Paragraph[] }> {
  const contents: Record<string, { children: Paragraph[] }> = {};
  for (const note of notes) {
    contents[String(note.number)] = {
      children: noteParagraphs(note.text).map(
        (line, index) =>
          new Paragraph({
            style: 'FootnoteText',
            children:
              index === 0 ? [new TextRun(' '), new TextRun({ children: boundText(line) })] : [new TextRun({ children: boundText(line) })],
          }),
      ),
    };
  }
  return contents;
}
