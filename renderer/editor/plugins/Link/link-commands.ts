import { createCommand, type LexicalCommand } from 'lexical';

/**
 * Opens the link form for the selection ("Link invoegen of bewerken", Ctrl+K): a new link over the
 * selected words, or the link the caret is in, to change or remove. Refused with a hint on a
 * selected passage (quotes are verbatim: a link would change what the letter says).
 */
export const OPEN_LINK_FORM_COMMAND: LexicalCommand<void> = createCommand('OPEN_LINK_FORM_COMMAND');

/** Asks the system browser to open a link's address (http(s)/mailto only; see openLink in app/ipc/contract). */
export type OpenLink = (url: string) => void;
