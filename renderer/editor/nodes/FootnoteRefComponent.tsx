import type { NodeKey } from 'lexical';

import type { BriefingFootnote } from '../../../app/briefing/model';
import { useEditorUi, useStore } from '../context/EditorUiContext';

/** The number of a footnote reference, derived from document order by the note-numbering plugin. */
export default function FootnoteRefComponent({ nodeKey, note }: { nodeKey: NodeKey; note: BriefingFootnote }) {
  const number = useStore(useEditorUi().numbering).refNumbers.get(nodeKey);
  return (
    <span className="ed-note-number" data-note={note.id} title={note.text}>
      {number ?? ''}
    </span>
  );
}
