import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';

import { useEditorUi } from '../../context/EditorUiContext';
import { registerFootnotes } from './register-footnotes';

/** Registers the footnote commands (see registerFootnotes); the views are FootnoteForm and FootnoteArea. */
export function FootnotesPlugin() {
  const [editor] = useLexicalComposerContext();
  const ui = useEditorUi();
  useEffect(() => registerFootnotes(editor, ui), [editor, ui]);
  return null;
}
