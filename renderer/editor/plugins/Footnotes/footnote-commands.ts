import { createCommand, type LexicalCommand } from 'lexical';

/** Opens the form for a new footnote of the user's own at the selection ("Voetnoot invoegen", Ctrl+Alt+F). */
export const OPEN_FOOTNOTE_FORM_COMMAND: LexicalCommand<void> = createCommand('OPEN_FOOTNOTE_FORM_COMMAND');

/**
 * Inserts a reference to a new user footnote with this text (trimmed; an empty text is refused) at
 * the selection, or at the end of the briefing without a text selection. One undo step.
 */
export const INSERT_FOOTNOTE_COMMAND: LexicalCommand<string> = createCommand('INSERT_FOOTNOTE_COMMAND');
