import '../Formats/Formats.css';

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';

import { useEditorUi } from '../../context/EditorUiContext';
import type { OpenLink } from './link-commands';
import { registerLinks } from './register-links';

/** Registers the link commands and clicks (see registerLinks); the view is LinkForm. */
export function LinkPlugin({ openLink }: { openLink: OpenLink }) {
  const [editor] = useLexicalComposerContext();
  const ui = useEditorUi();
  useEffect(() => registerLinks(editor, ui, openLink), [editor, ui, openLink]);
  return null;
}
