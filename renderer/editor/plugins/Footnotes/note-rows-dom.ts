import { setText } from '../NoteNumbering/note-number-dom';
import type { EditorNote } from '../NoteNumbering/number-notes';

/** Stands for the note's number in the row labels (`NoteRowLabels`), replaced when written. */
export const NUMBER_SLOT = '#N#';

/**
 * The translated labels of a note row with NUMBER_SLOT where the number goes: the label that
 * reveals the note in the text, and the user's note's edit and delete buttons.
 */
export interface NoteRowLabels {
  reveal: string;
  edit: string;
  remove: string;
}

/** The number and labels last written into each row. */
const written = new WeakMap<Element, { number: number; labels: NoteRowLabels }>();

/**
 * Writes the notes' numbers into the rows of the notes list (`list`: the `ol` whose n-th `li`
 * shows `notes[n]`, as FootnoteArea renders it): the row's `value`, the label button's text,
 * accessible name and tooltip, and the edit and delete buttons' names and tooltips. A row whose
 * number (and `labels`) are unchanged is not touched, so a renumbering writes only the rows after the change.
 * Rows beyond `notes` (or notes beyond the rows) are left alone.
 */
export function writeNoteRows(list: HTMLOListElement | null, notes: readonly EditorNote[], labels: NoteRowLabels): void {
  // Walked by sibling, not by index: each write invalidates the list's live `children` collection,
  // and indexing it again would walk the list from its start (quadratic in 800 rows).
  let row = list?.firstElementChild as HTMLLIElement | null;
  for (const note of notes) {
    if (!row) return;
    const current = row;
    row = row.nextElementSibling as HTMLLIElement | null;
    const last = written.get(current);
    if (last?.number === note.number && last.labels === labels) continue;
    written.set(current, { number: note.number, labels });
    write(current, note.number, labels);
  }
}

/** Writes one row's number and the labels that hold it. */
function write(row: HTMLLIElement, value: number, labels: NoteRowLabels): void {
  const number = String(value);
  row.value = value;
  const name = (label: string, element: Element | null | undefined) => {
    if (!element) return;
    const text = label.replace(NUMBER_SLOT, number);
    element.setAttribute('aria-label', text);
    element.setAttribute('title', text);
  };
  const label = row.querySelector('.ed-note-label');
  if (label) setText(label, number);
  name(labels.reveal, label);
  const [edit, remove] = row.querySelectorAll('.ed-note-action');
  name(labels.edit, edit);
  name(labels.remove, remove);
}

/** The same rows: the same notes (owner, kind, reference, text) in the same order, whatever their numbers. */
export function sameRows(a: readonly EditorNote[], b: readonly EditorNote[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) {
    const x = a[index]!;
    const y = b[index]!;
    if (x.nodeKey !== y.nodeKey || x.kind !== y.kind || x.ref !== y.ref || x.text !== y.text) return false;
  }
  return true;
}
