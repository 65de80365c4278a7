import { createCommand, type LexicalCommand } from 'lexical';

/** Opens the form for a comment on the selection ("Opmerking toevoegen", Ctrl+Alt+M). */
export const OPEN_COMMENT_FORM_COMMAND: LexicalCommand<void> = createCommand('OPEN_COMMENT_FORM_COMMAND');

/**
 * Adds a comment with this text on the selection: selected text gets a mark, a selected passage
 * carries the comment's id; the author is the briefing's author property, the date now. The
 * dispatch returns false, and nothing changes, when nothing commentable is selected. One undo step.
 */
export const ADD_COMMENT_COMMAND: LexicalCommand<string> = createCommand('ADD_COMMENT_COMMAND');

/**
 * Deletes the comment with this id: its marks, its passage anchors and its entry (with its
 * replies); given a reply's id, deletes only that reply. One undo step.
 */
export const DELETE_COMMENT_COMMAND: LexicalCommand<string> = createCommand('DELETE_COMMENT_COMMAND');

/** Replaces the text of a comment or a reply (`id`); an empty text is refused (false). One undo step. */
export const EDIT_COMMENT_COMMAND: LexicalCommand<{ id: string; text: string }> = createCommand('EDIT_COMMENT_COMMAND');

/**
 * Answers the thread holding `id` (a comment's or a reply's id): a reply by the user's name (else
 * the briefing's author), dated now, after the thread's last reply; an empty text is refused
 * (false). One undo step.
 */
export const REPLY_COMMENT_COMMAND: LexicalCommand<{ id: string; text: string }> = createCommand('REPLY_COMMENT_COMMAND');

/** Marks the thread holding `id` resolved (`resolved: true`) or open again. One undo step. */
export const RESOLVE_COMMENT_COMMAND: LexicalCommand<{ id: string; resolved: boolean }> = createCommand('RESOLVE_COMMENT_COMMAND');
