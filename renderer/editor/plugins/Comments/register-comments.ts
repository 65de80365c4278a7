import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_EDITOR, COMMAND_PRIORITY_LOW, KEY_DOWN_COMMAND, type LexicalEditor } from 'lexical';

import { commandForKey } from '../../../../app/commands/lookup';
import type { EditorUi } from '../../context/EditorUiContext';
import { $openForm } from '../../ui/form-state';
import { newId } from '../../utils/ids';
import {
  ADD_COMMENT_COMMAND,
  DELETE_COMMENT_COMMAND,
  EDIT_COMMENT_COMMAND,
  OPEN_COMMENT_FORM_COMMAND,
  REPLY_COMMENT_COMMAND,
  RESOLVE_COMMENT_COMMAND,
} from './comment-commands';
import { $addComment, $deleteComment, $editComment, $replyToComment, $resolveComment } from './comment-edits';
import { registerFlatMarks } from './flat-marks';

/**
 * The comment feature's registrations: ADD_COMMENT_COMMAND, DELETE_COMMENT_COMMAND,
 * EDIT_COMMENT_COMMAND, REPLY_COMMENT_COMMAND, RESOLVE_COMMENT_COMMAND, OPEN_COMMENT_FORM_COMMAND
 * and its shortcut (app/commands `add-comment`); overlapping comments' marks kept flat (flat-marks.ts). `now` gives a comment's or reply's date as an ISO
 * 8601 string, `author` the user's name ('' for the briefing's author).
 */
export function registerComments(
  editor: LexicalEditor,
  ui: EditorUi,
  now: () => string = () => new Date().toISOString(),
  author: () => string = () => '',
): () => void {
  return mergeRegister(
    registerFlatMarks(editor),
    editor.registerCommand(ADD_COMMENT_COMMAND, (text) => $addComment(newId('a'), text, now(), author()), COMMAND_PRIORITY_EDITOR),
    editor.registerCommand(
      DELETE_COMMENT_COMMAND,
      (id) => {
        $deleteComment(id);
        return true;
      },
      COMMAND_PRIORITY_EDITOR,
    ),
    editor.registerCommand(EDIT_COMMENT_COMMAND, ({ id, text }) => $editComment(id, text), COMMAND_PRIORITY_EDITOR),
    editor.registerCommand(
      REPLY_COMMENT_COMMAND,
      ({ id, text }) => $replyToComment(id, newId('r'), text, now(), author()),
      COMMAND_PRIORITY_EDITOR,
    ),
    editor.registerCommand(RESOLVE_COMMENT_COMMAND, ({ id, resolved }) => $resolveComment(id, resolved), COMMAND_PRIORITY_EDITOR),
    editor.registerCommand(
      OPEN_COMMENT_FORM_COMMAND,
      () => {
        $openForm(ui, 'comment');
        return true;
      },
      COMMAND_PRIORITY_EDITOR,
    ),
    editor.registerCommand(
      KEY_DOWN_COMMAND,
      (event) => {
        if (commandForKey('editor', event) !== 'add-comment') return false;
        event.preventDefault();
        return editor.dispatchCommand(OPEN_COMMENT_FORM_COMMAND, undefined);
      },
      COMMAND_PRIORITY_LOW,
    ),
  );
}
