import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_LOW } from 'lexical';
import { useEffect, useState } from 'react';

import { COMPLETE_SOURCE_COMMAND } from './complete-source';
import { SourceMetaDialog } from './SourceMetaDialog';

/** Listens for COMPLETE_SOURCE_COMMAND ("bron onvolledig" chosen on a passage) and shows that letter's metadata form. */
export function SourceCompletion() {
  const [editor] = useLexicalComposerContext();
  const [file, setFile] = useState<string | null>(null);
  useEffect(
    () =>
      editor.registerCommand(
        COMPLETE_SOURCE_COMMAND,
        (next) => {
          setFile(next);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor],
  );
  return <SourceMetaDialog file={file} onClose={() => setFile(null)} />;
}
