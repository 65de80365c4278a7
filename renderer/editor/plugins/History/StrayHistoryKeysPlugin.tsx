import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { REDO_COMMAND, UNDO_COMMAND } from 'lexical';
import { useEffect } from 'react';

import { commandForKey } from '../../../../app/commands/lookup';

/** Whether a key pressed on `target` belongs to a field with its own undo (inputs, other editable text). */
function inOwnField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.matches('input, textarea, select') || (target.isContentEditable && !target.closest('[data-lexical-editor]'));
}

/**
 * Undo and redo by keyboard (the command table's `undo`/`redo` keys) when the focus is not in the
 * editor's text: after a passage was dragged, removed with its ✕ or restored by the toolbar's ↶,
 * the element that had the focus is gone and the focus falls to `<body>`; a passage's own frame or
 * a briefing button may have it too. A key the editor already handled (`defaultPrevented`) and keys
 * in fields with their own undo (inputs, other editable text) are left alone, as are keys in other
 * panes (the library, the reader). Renders nothing.
 */
export function StrayHistoryKeysPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || inOwnField(event.target)) return;
      const root = editor.getRootElement();
      const target = event.target;
      const pane = root?.closest('.pane-briefing') ?? root;
      const onBody = target === document.body || target === document.documentElement;
      if (!onBody && !(target instanceof Node && pane?.contains(target))) return;
      const command = commandForKey('editor', event);
      if (command !== 'undo' && command !== 'redo') return;
      event.preventDefault();
      editor.dispatchCommand(command === 'undo' ? UNDO_COMMAND : REDO_COMMAND, undefined);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [editor]);
  return null;
}
