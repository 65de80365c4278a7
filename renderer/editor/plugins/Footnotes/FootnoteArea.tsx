import './Footnotes.css';

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { type TFunction } from 'i18next';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { useEditorUi, useStore, useStoreSelector } from '../../context/EditorUiContext';
import { type OffscreenWrites, offscreenWrites } from '../../utils/offscreen-writes';
import { scrollIntoViewSettled } from '../../utils/scroll-settled';
import type { EditorNote } from '../NoteNumbering/number-notes';
import { $removeUserFootnote } from './footnote-edit';
import { noteChunks, noteId } from './note-chunks';
import { type NoteRowLabels, NUMBER_SLOT, sameRows, writeNoteRows } from './note-rows-dom';
import { NoteText } from './NoteText';

const KIND_LABELS = {
  quote: 'editor.footnoteKindQuote',
  user: 'editor.footnoteKindUser',
  citation: 'editor.footnoteKindCitation',
} as const;

/** A note row's height (one line) in em of the list, for the list's size while it is not laid out. */
const NOTE_HEIGHT_EM = 1.6;

/**
 * The notes under the briefing, numbered in document order: quote notes verbatim, own notes,
 * citations. The user's own notes can be edited (click on the text, or the ✎ button) and deleted.
 * The list renders again only when its notes change (added, removed, moved, edited); their numbers
 * are written into the rows (note-rows-dom.ts), so a renumbering renders nothing.
 */
// memo: the workspace re-renders on every edit (its revision); the notes only when their store changes.
export const FootnoteArea = memo(function FootnoteArea() {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const ui = useEditorUi();
  const notes = useStoreSelector(ui.numbering, (numbering) => numbering.notes, sameRows);
  const labels = useMemo<NoteRowLabels>(
    () => ({
      reveal: t('editor.revealFootnote', { number: NUMBER_SLOT }),
      edit: t('editor.editFootnote', { number: NUMBER_SLOT }),
      remove: t('editor.deleteFootnoteNumbered', { number: NUMBER_SLOT }),
    }),
    [t],
  );
  const section = useRef<HTMLElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const shown = useRef(notes);
  const current = useRef(labels);
  // While the list is off screen (not rendered: content-visibility), its numbers are written when
  // it is about to be shown or in idle time, with the numbering current then (offscreen-writes.ts).
  const rows = useRef<OffscreenWrites<'rows'> | null>(null);
  useLayoutEffect(() => {
    const writes = offscreenWrites(section.current!, () => writeNoteRows(list.current, ui.numbering.get().notes, current.current));
    rows.current = writes;
    return () => {
      writes.dispose();
      rows.current = null;
    };
  }, [ui]);
  const writeRows = useCallback(() => {
    if (list.current) rows.current?.write(list.current, 'rows');
  }, []);
  useLayoutEffect(() => {
    shown.current = notes;
    current.current = labels;
    writeRows();
  });
  // Numbers that change while the rows stay (a drop renumbers the notes after it) are written here;
  // when the rows change too, the list renders and the effect above writes them.
  useEffect(
    () =>
      ui.numbering.subscribe(() => {
        if (sameRows(shown.current, ui.numbering.get().notes)) writeRows();
      }),
    [ui, writeRows],
  );
  const editing = useStore(ui.editingFootnote);
  const remove = useCallback((key: string) => editor.update(() => void $removeUserFootnote(key)), [editor]);
  const edit = useCallback((key: string) => ui.editingFootnote.set(key), [ui]);
  // From a note to where it stands in the text (its reference, or the passage it belongs to).
  // Instant, not smooth: the blocks on the way are laid out lazily, the scroll is corrected as they settle.
  const reveal = useCallback(
    (key: string) => {
      const element = editor.getElementByKey(key);
      if (element) scrollIntoViewSettled(element, { block: 'center' });
    },
    [editor],
  );
  return (
    <section ref={section} className="ed-notes" aria-label={t('editor.footnotesRegion')}>
      <h3 className="ed-panel-title">{t('editor.footnotes')}</h3>
      {notes.length === 0 ? (
        <p className="muted">{t('editor.noFootnotes')}</p>
      ) : (
        <ol ref={list} className="ed-notes-list" style={{ containIntrinsicSize: `auto ${(notes.length * NOTE_HEIGHT_EM).toFixed(1)}em` }}>
          {/* In runs (note-chunks.ts): a drop renders again only the run its new note is in, not 800 rows. */}
          {noteChunks(notes).map((chunk) => (
            <NoteRun key={chunk.key} notes={chunk.notes} t={t} editing={editing} onReveal={reveal} onEdit={edit} onRemove={remove} />
          ))}
        </ol>
      )}
    </section>
  );
});

interface NoteRunProps extends Omit<NoteItemProps, 'note' | 'editing'> {
  notes: EditorNote[];
  /** The user footnote reference being edited (its form is open). */
  editing: string | null;
}

// memo: renders again only when its rows change (sameRows), the edited note or the handlers.
const NoteRun = memo(function NoteRun({ notes, editing, ...rest }: NoteRunProps) {
  // Keys by note, not by number: a drop renumbers the notes after it, and their rows are updated, not rebuilt.
  const seen = new Map<string, number>();
  return notes.map((note) => {
    const id = noteId(note);
    const occurrence = (seen.get(id) ?? 0) + 1;
    seen.set(id, occurrence);
    return <NoteItem key={`${id}:${occurrence}`} note={note} editing={note.kind === 'user' && editing === note.nodeKey} {...rest} />;
  });
}, sameRun);

function sameRun(a: NoteRunProps, b: NoteRunProps): boolean {
  return (
    a.t === b.t &&
    a.editing === b.editing &&
    a.onReveal === b.onReveal &&
    a.onEdit === b.onEdit &&
    a.onRemove === b.onRemove &&
    sameRows(a.notes, b.notes)
  );
}

interface NoteItemProps {
  note: EditorNote;
  /** The area's translate function: one hook for the list, not one per row (a drop renders hundreds). */
  t: TFunction;
  editing: boolean;
  onReveal(key: string): void;
  onEdit(key: string): void;
  onRemove(key: string): void;
}

// memo: when the list renders again, only the rows whose own text or state changed render again.
const NoteItem = memo(function NoteItem({ note, t, editing, onReveal, onEdit, onRemove }: NoteItemProps) {
  const user = note.kind === 'user';
  const kindLabel = t(KIND_LABELS[note.kind]);
  // The number, and the labels that hold it, are written by writeNoteRows.
  return (
    <li className={`ed-note is-${note.kind}${editing ? ' is-editing' : ''}`} data-kind={note.kind}>
      <button type="button" className="ed-note-label" onClick={() => onReveal(note.nodeKey)} />
      <span
        className="ed-note-text"
        title={user ? t('editor.editFootnoteHint') : undefined}
        onClick={user ? () => onEdit(note.nodeKey) : undefined}
      >
        <NoteText note={note} />
      </span>
      <span className="ed-note-kind">{kindLabel}</span>
      {user && (
        <span className="ed-note-actions">
          <button type="button" className="ed-note-action" onClick={() => onEdit(note.nodeKey)}>
            ✎
          </button>
          <button type="button" className="ed-note-action" onClick={() => onRemove(note.nodeKey)}>
            ✕
          </button>
        </span>
      )}
    </li>
  );
}, sameRow);

/** The numbering builds new note objects on every update: rows compare what they show (the number is written, not shown). */
function sameRow(a: NoteItemProps, b: NoteItemProps): boolean {
  const [x, y] = [a.note, b.note];
  return (
    a.t === b.t &&
    a.editing === b.editing &&
    a.onReveal === b.onReveal &&
    a.onEdit === b.onEdit &&
    a.onRemove === b.onRemove &&
    x.kind === y.kind &&
    x.text === y.text &&
    x.nodeKey === y.nodeKey
  );
}
