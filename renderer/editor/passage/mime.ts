/** The reader's drag payload: `{ file, start: {block, offset}, end: {block, offset} }` as JSON. */
export const LETTER_PASSAGE_MIME = 'application/x-dossier-passage';
/** A passage dragged within the briefing: its node key. */
export const BRIEFING_PASSAGE_MIME = 'application/x-dossier-briefing-passage';
/** The window event the reader dispatches for "add to briefing" by keyboard (same payload as `detail`). */
export const ADD_PASSAGE_EVENT = 'dossier:add-passage';
