import type { NodeKey } from 'lexical';
import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import type { BriefingFootnote } from '../../../app/briefing/model';
import { useEditorUi, useStore } from '../context/EditorUiContext';
import { writeRefNumber } from '../plugins/NoteNumbering/note-number-dom';

/**
 * The number of a footnote reference, derived from document order by the note-numbering plugin and
 * written into the element from its store (NoteNumbering/note-number-dom.ts), not rendered.
 * The user's own notes open their edit form on click; quote notes (verbatim) only show their text.
 */
export default function FootnoteRefComponent({ nodeKey, note }: { nodeKey: NodeKey; note: BriefingFootnote }) {
  const { t } = useTranslation();
  const ui = useEditorUi();
  const view = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    if (view.current) writeRefNumber(view.current, ui.numbering.get().refNumbers.get(nodeKey));
  });
  const editing = useStore(ui.editingFootnote) === nodeKey;
  const editable = note.origin === 'user';
  return (
    <span
      ref={view}
      className={`ed-note-number${editable ? ' is-editable' : ''}${editing ? ' is-editing' : ''}`}
      data-note={note.id}
      title={editable ? `${note.text}\n${t('editor.editFootnoteHint')}` : note.text}
      onClick={editable ? () => ui.editingFootnote.set(nodeKey) : undefined}
    />
  );
}
