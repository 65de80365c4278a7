import { createHeadlessEditor } from '@lexical/headless';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import type { LexicalEditor } from 'lexical';

import type { Briefing } from '../../../app/briefing/model';
import { loadIntoEditor } from '../../../renderer/editor/model-mapping/from-briefing';
import { editorStateToBriefing } from '../../../renderer/editor/model-mapping/to-briefing';
import { briefingNodes } from '../../../renderer/editor/nodes';

/** A headless editor with the briefing's nodes (and, when asked, undo history). */
export function headlessEditor(options: { history?: boolean } = {}): LexicalEditor {
  const editor = createHeadlessEditor({
    namespace: 'test',
    nodes: [...briefingNodes],
    onError: (error) => {
      throw error;
    },
  });
  // Without a delay every update is its own undo step.
  if (options.history) registerHistory(editor, createEmptyHistoryState(), 0);
  return editor;
}

/** Runs a synchronous, committed update. */
export function update(editor: LexicalEditor, fn: () => void, tag?: string): void {
  editor.update(fn, { discrete: true, ...(tag ? { tag } : {}) });
}

/** Loads as the app does: a fresh history that starts at the loaded briefing. */
export function load(editor: LexicalEditor, briefing: Briefing): void {
  loadIntoEditor(editor, briefing);
}

/** The briefing the editor holds (properties, citation style and live comments included). */
export function briefingOf(editor: LexicalEditor): Briefing {
  return editorStateToBriefing(editor.getEditorState());
}

/** Undo and redo replace the editor state from inside a command, which commits on the next tick. */
export const settled = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
