import { createCommand, type LexicalCommand, type NodeKey } from 'lexical';

import type { Passage } from '../../../../app/briefing/model';

/**
 * Which passage to trim, and either the new source range `[start, end)` of each of its parts, in
 * part order, or the trimmed passage itself (made by `keepPassageRange` / `cutPassageRange`; it must
 * pass `isTrimOf` against the passage now in the editor, else the command does nothing).
 */
export type TrimPayload = { key: NodeKey; ranges: ReadonlyArray<readonly [number, number]> } | { key: NodeKey; passage: Passage };

/**
 * Trims a passage ("Inkorten"): the kept words stay verbatim, "[…]" marks cut words, notes no
 * longer referenced leave the passage. One undo step; false when the key is not a passage or the
 * trimmed passage is not a trim of it.
 */
export const TRIM_PASSAGE_COMMAND: LexicalCommand<TrimPayload> = createCommand('TRIM_PASSAGE_COMMAND');
