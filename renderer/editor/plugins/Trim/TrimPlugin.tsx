import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';

import { registerTrim } from './register-trim';

/** Registers TRIM_PASSAGE_COMMAND; the view is TrimDialog. */
export function TrimPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerTrim(editor), [editor]);
  return null;
}
