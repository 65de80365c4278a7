import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';

import { useEditorUi, useStore } from '../../context/EditorUiContext';
import { registerNoteNumberWriter } from './note-number-dom';
import { registerNoteNumbering } from './register-numbering';

/**
 * Keeps the note numbers (derived from document order, never stored) current for the views, and
 * writes the numbers that change into the passages' and references' DOM (note-number-dom.ts).
 */
export function NoteNumberingPlugin() {
  const [editor] = useLexicalComposerContext();
  const ui = useEditorUi();
  const style = useStore(ui.citationStyle);
  useEffect(() => registerNoteNumberWriter(editor, ui.numbering), [editor, ui]);
  useEffect(
    () =>
      registerNoteNumbering(
        editor,
        () => style,
        (numbering) => ui.numbering.set(numbering),
      ),
    [editor, ui, style],
  );
  return null;
}
