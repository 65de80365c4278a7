import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';

import { useEditorUi, useStore } from '../../context/EditorUiContext';
import { registerNoteNumbering } from './register-numbering';

/** Keeps the note numbers (derived from document order, never stored) current for the views. */
export function NoteNumberingPlugin() {
  const [editor] = useLexicalComposerContext();
  const ui = useEditorUi();
  const style = useStore(ui.citationStyle);
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
