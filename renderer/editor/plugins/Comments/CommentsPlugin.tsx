import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';

import { userName } from '../../../ui/preferences';
import { useEditorUi } from '../../context/EditorUiContext';
import { registerComments } from './register-comments';

/** Registers the comment commands (see registerComments); the views are CommentForm and CommentsPanel. */
export function CommentsPlugin() {
  const [editor] = useLexicalComposerContext();
  const ui = useEditorUi();
  useEffect(() => registerComments(editor, ui, undefined, userName), [editor, ui]);
  return null;
}
