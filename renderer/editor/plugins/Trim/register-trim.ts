import { COMMAND_PRIORITY_EDITOR, type LexicalEditor } from 'lexical';

import { TRIM_PASSAGE_COMMAND } from './trim-commands';
import { $replaceTrimmedPassage, $trimPassageNode } from './trim-node';

/** Registers TRIM_PASSAGE_COMMAND (see `$trimPassageNode` and `$replaceTrimmedPassage`). */
export function registerTrim(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    TRIM_PASSAGE_COMMAND,
    (payload) =>
      'passage' in payload ? $replaceTrimmedPassage(payload.key, payload.passage) : $trimPassageNode(payload.key, payload.ranges),
    COMMAND_PRIORITY_EDITOR,
  );
}
