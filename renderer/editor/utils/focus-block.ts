import type { LexicalEditor, NodeKey } from 'lexical';

/** Frames to wait at most for a new passage's view (its React portal renders after the update). */
const MAX_FRAMES = 10;

/**
 * Puts the keyboard focus on the frame of passage `key` (its `.ed-passage` figure, reachable with
 * Tab; focusing it selects the passage, so Ctrl+Z, Delete and Alt+↑/↓ act there), without
 * scrolling. Used after a drop and after ✕, which otherwise leave the focus on `<body>`. Waits
 * for the view of a passage just inserted (up to MAX_FRAMES frames), after the frame that shows
 * it, so the drop's own frame is not made longer. Does nothing when the passage is gone meanwhile.
 */
export function focusPassageFrame(editor: LexicalEditor, key: NodeKey): void {
  let frames = 0;
  const attempt = () => {
    const frame = editor.getElementByKey(key)?.querySelector<HTMLElement>('.ed-passage');
    if (frame) frame.focus({ preventScroll: true });
    else if (++frames < MAX_FRAMES) requestAnimationFrame(() => setTimeout(attempt, 0));
  };
  requestAnimationFrame(() => setTimeout(attempt, 0));
}

/**
 * Puts the keyboard focus back into the briefing text at its current selection (set by the update
 * that just ran, e.g. the start of the block after a removed passage), without scrolling: Lexical's
 * `editor.focus` restores that selection in the page.
 */
export function focusEditorText(editor: LexicalEditor): void {
  const root = editor.getRootElement();
  if (!root) return;
  root.focus({ preventScroll: true });
  editor.focus(undefined, { defaultSelection: 'rootStart' });
}
