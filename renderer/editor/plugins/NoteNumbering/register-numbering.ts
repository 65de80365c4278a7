import { $getNodeByKey, $isTextNode, type EditorState, HISTORIC_TAG, type LexicalEditor, type NodeKey } from 'lexical';

import type { CitationStyle } from '../../../../app/briefing/model';
import { $numberEditorNotes, type EditorNumbering } from './number-notes';

/**
 * Renumbers the notes after every editor update (insert, move, delete, undo, redo) and hands the
 * numbering on only when it differs, so decorator views re-render only when a number changed.
 */
export function registerNoteNumbering(
  editor: LexicalEditor,
  citationStyle: () => CitationStyle,
  onNumbering: (numbering: EditorNumbering) => void,
): () => void {
  let current: EditorNumbering | null = null;
  const renumber = () => {
    const next = editor.getEditorState().read(() => $numberEditorNotes(citationStyle()));
    if (current && sameNumbering(current, next)) return;
    current = next;
    onNumbering(next);
  };
  renumber();
  return editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves, tags }) => {
    if (current && !tags.has(HISTORIC_TAG) && !mayChangeNotes(editorState, dirtyElements, dirtyLeaves)) return;
    renumber();
  });
}

/**
 * False for updates that only edited text in place (typing): no element gained, lost or reordered
 * children (only ancestors of edited text are marked, not intentionally) and every changed leaf is
 * a text node. Those cannot change note numbers, so typing skips the walk over the whole briefing.
 */
export function mayChangeNotes(
  state: EditorState,
  dirtyElements: ReadonlyMap<NodeKey, boolean>,
  dirtyLeaves: ReadonlySet<NodeKey>,
): boolean {
  for (const intentional of dirtyElements.values()) if (intentional) return true;
  if (dirtyLeaves.size === 0) return false;
  return state.read(() => {
    for (const key of dirtyLeaves) if (!$isTextNode($getNodeByKey(key))) return true;
    return false;
  });
}

/** Same notes (number, text, kind, owning node) in the same order. */
export function sameNumbering(a: EditorNumbering, b: EditorNumbering): boolean {
  if (a.notes.length !== b.notes.length) return false;
  for (let index = 0; index < a.notes.length; index++) {
    const x = a.notes[index]!;
    const y = b.notes[index]!;
    if (x.nodeKey !== y.nodeKey || x.text !== y.text || x.kind !== y.kind || x.ref !== y.ref) return false;
  }
  return a.passages.size === b.passages.size && a.refNumbers.size === b.refNumbers.size;
}
