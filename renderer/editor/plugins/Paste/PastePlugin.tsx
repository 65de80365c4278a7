import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';

import { registerPaste } from './register-paste';

/** Pastes from Word, LibreOffice and the web keep what the briefing holds and drop the rest (see registerPaste). */
export function PastePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerPaste(editor), [editor]);
  return null;
}
