import { createCommand, type LexicalCommand, type NodeKey } from 'lexical';

/** Which passage to trim and the new source range `[start, end)` of each of its parts, in part order. */
export interface TrimPayload {
  key: NodeKey;
  ranges: ReadonlyArray<readonly [number, number]>;
}

/**
 * Trims a passage's parts to new source ranges ("Inkorten"): the kept words stay verbatim, "[…]"
 * marks cut words, notes no longer referenced leave the passage. One undo step; false when the key
 * is not a passage.
 */
export const TRIM_PASSAGE_COMMAND: LexicalCommand<TrimPayload> = createCommand('TRIM_PASSAGE_COMMAND');
