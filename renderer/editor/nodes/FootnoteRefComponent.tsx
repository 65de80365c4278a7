import type { NodeKey } from 'lexical';
import { useTranslation } from 'react-i18next';

import type { BriefingFootnote } from '../../../app/briefing/model';
import { useEditorUi, useStore, useStoreSelector } from '../context/EditorUiContext';

/**
 * The number of a footnote reference, derived from document order by the note-numbering plugin.
 * The user's own notes open their edit form on click; quote notes (verbatim) only show their text.
 */
export default function FootnoteRefComponent({ nodeKey, note }: { nodeKey: NodeKey; note: BriefingFootnote }) {
  const { t } = useTranslation();
  const ui = useEditorUi();
  const number = useStoreSelector(ui.numbering, (numbering) => numbering.refNumbers.get(nodeKey));
  const editing = useStore(ui.editingFootnote) === nodeKey;
  const editable = note.origin === 'user';
  return (
    <span
      className={`ed-note-number${editable ? ' is-editable' : ''}${editing ? ' is-editing' : ''}`}
      data-note={note.id}
      title={editable ? `${note.text}\n${t('editor.editFootnoteHint')}` : note.text}
      onClick={editable ? () => ui.editingFootnote.set(nodeKey) : undefined}
    >
      {number ?? ''}
    </span>
  );
}
