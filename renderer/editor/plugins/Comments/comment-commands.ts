import { createCommand, type LexicalCommand } from 'lexical';

/** Opens the form for a comment on the selection ("Opmerking toevoegen", Ctrl+Alt+M). */
export const OPEN_COMMENT_FORM_COMMAND: LexicalCommand<void> = createCommand('OPEN_COMMENT_FORM_COMMAND');

/**
 * Adds a comment with this text on the selection: selected text gets a mark, a selected passage
 * carries the comment's id; the author is the briefing's author property, the date now. The
 * dispatch returns false, and nothing changes, when nothing commentable is selected. One undo step.
 */
export const ADD_COMMENT_COMMAND: LexicalCommand<string> = createCommand('ADD_COMMENT_COMMAND');

/** Deletes the comment with this id: its marks, its passage anchors and its entry. One undo step. */
export const DELETE_COMMENT_COMMAND: LexicalCommand<string> = createCommand('DELETE_COMMENT_COMMAND');
