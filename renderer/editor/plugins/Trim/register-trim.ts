import { COMMAND_PRIORITY_EDITOR, type LexicalEditor } from 'lexical';

import { TRIM_PASSAGE_COMMAND } from './trim-commands';
import { $trimPassageNode } from './trim-node';

/** Registers TRIM_PASSAGE_COMMAND (see `$trimPassageNode`). */
export function registerTrim(editor: LexicalEditor): () => void {
  return editor.registerCommand(TRIM_PASSAGE_COMMAND, ({ key, ranges }) => $trimPassageNode(key, ranges), COMMAND_PRIORITY_EDITOR);
}
