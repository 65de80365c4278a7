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
  return editor.registerUpdateListener(({ editorState, prevEditorState, dirtyElements, dirtyLeaves, tags }) => {
    if (current && !tags.has(HISTORIC_TAG) && !mayChangeNotes(editorState, dirtyElements, dirtyLeaves, prevEditorState)) return;
    renumber();
  });
}

/**
 * False for updates that only edited text in place (typing): no element gained, lost or reordered
 * children (only ancestors of edited text are marked, not intentionally) and every changed leaf is
 * a text node. Those cannot change note numbers, so typing skips the walk over the whole briefing.
 * The root is the one exception to "intentionally marked": Lexical's DOM reconciler writes the
 * root's cached text content after every text change (a writable root, so marked intentionally),
 * so with `previous` (the state before the update) the root counts as changed only when anything
 * but that cache differs (its children, its NodeState: properties, citation style, comments).
 * Without `previous` any intentional mark counts.
 */
export function mayChangeNotes(
  state: EditorState,
  dirtyElements: ReadonlyMap<NodeKey, boolean>,
  dirtyLeaves: ReadonlySet<NodeKey>,
  previous?: EditorState,
): boolean {
  for (const [key, intentional] of dirtyElements) {
    if (intentional && (key !== 'root' || !previous || rootChanged(previous, state))) return true;
  }
  if (dirtyLeaves.size === 0) return false;
  return state.read(() => {
    for (const key of dirtyLeaves) if (!$isTextNode($getNodeByKey(key))) return true;
    return false;
  });
}

/** Whether the root node differs between the two states in anything but `__cachedText` (its NodeState included). */
function rootChanged(previous: EditorState, state: EditorState): boolean {
  const before = previous._nodeMap.get('root') as unknown as Record<string, unknown> | undefined;
  const after = state._nodeMap.get('root') as unknown as Record<string, unknown> | undefined;
  if (before === after) return false;
  if (!before || !after) return true;
  // `__state` is not an own enumerable field; a NodeState edit replaces it.
  const keys = new Set([...Object.keys(before), ...Object.keys(after), '__state']);
  keys.delete('__cachedText');
  for (const key of keys) if (!Object.is(before[key], after[key])) return true;
  return false;
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
