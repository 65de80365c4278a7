import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';

import { registerAllowedFormats } from './allowed-formats';

/** Offers only the text formats the briefing keeps end to end (see registerAllowedFormats). */
export function FormatsPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerAllowedFormats(editor), [editor]);
  return null;
}
