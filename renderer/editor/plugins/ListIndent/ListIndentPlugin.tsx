import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';

import { registerListIndent } from './list-indent';

/** Tab / Shift+Tab in a list item: one level deeper / back (see registerListIndent). */
export function ListIndentPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerListIndent(editor), [editor]);
  return null;
}
