import { type EditorState, HISTORY_MERGE_TAG, HISTORY_PUSH_TAG, type LexicalEditor, SKIP_DOM_SELECTION_TAG } from 'lexical';

import type { BriefingProperties, CitationStyle } from '../../../app/briefing/model';
import { $getBriefingMeta, $setBriefingProperties, $setCitationStyle } from './briefing-meta';

export interface MetaEdits {
  /** Sets the properties as an undoable step; typing on in the same field extends that step. */
  setProperties(next: BriefingProperties): void;
  /** Sets the citation style as one undoable step. */
  setCitationStyle(style: CitationStyle): void;
  /** Ends the current field's step (after a load). */
  reset(): void;
}

/**
 * Edits of the properties and the citation style as editor updates. Consecutive edits of one field
 * with nothing else in between (the editor state is still the one the last edit produced) merge into
 * one history entry, as typing does in the text; any other edit, undo or redo starts a new one.
 * Updates are discrete so that a controlled input gets its value within its own change event, and
 * skip the DOM selection so that focus stays in the field.
 */
export function createMetaEdits(editor: LexicalEditor): MetaEdits {
  let last: { field: string; state: EditorState } | null = null;
  return {
    setProperties(next) {
      const before = editor.getEditorState().read(() => $getBriefingMeta().properties);
      const keys = Object.keys(next) as Array<keyof BriefingProperties>;
      const field = keys.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(next[key])).join(',');
      if (!field) return;
      const merge = last !== null && last.field === field && last.state === editor.getEditorState();
      editor.update(() => $setBriefingProperties(next), {
        discrete: true,
        tag: [SKIP_DOM_SELECTION_TAG, merge ? HISTORY_MERGE_TAG : HISTORY_PUSH_TAG],
      });
      last = { field, state: editor.getEditorState() };
    },
    setCitationStyle(style) {
      last = null;
      editor.update(() => $setCitationStyle(style), { discrete: true, tag: [SKIP_DOM_SELECTION_TAG, HISTORY_PUSH_TAG] });
    },
    reset() {
      last = null;
    },
  };
}
