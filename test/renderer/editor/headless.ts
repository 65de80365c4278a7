import { createHeadlessEditor } from '@lexical/headless';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import type { LexicalEditor } from 'lexical';

import type { Briefing } from '../../../app/briefing/model';
import { $briefingToEditor } from '../../../renderer/editor/model-mapping/from-briefing';
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

export function load(editor: LexicalEditor, briefing: Briefing): void {
  update(editor, () => $briefingToEditor(briefing));
}

/** The briefing the editor holds, with the properties, style and annotations of `like`. */
export function briefingOf(editor: LexicalEditor, like: Briefing): Briefing {
  return editorStateToBriefing(editor.getEditorState(), like.properties, like.citationStyle, like.annotations);
}

/** Undo and redo replace the editor state from inside a command, which commits on the next tick. */
export const settled = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
