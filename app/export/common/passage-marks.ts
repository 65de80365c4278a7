import type { PassagePart } from '../../briefing/model';
export { quoteParagraphs } from '../../briefing/trim-range';

/** The mark for words the user left out of a quote (Dutch practice: square brackets around an ellipsis). */
export const OMISSION_MARK = '[…]';

/** The text printed before a passage part's own words: the omission mark and a space, or nothing. */
export function omissionBefore(part: PassagePart): string {
  return part.omittedBefore ? `${OMISSION_MARK} ` : '';
}

/** The text printed after a passage part's own words: a space and the omission mark, or nothing. */
export function omissionAfter(part: PassagePart): string {
  return part.omittedAfter ? ` ${OMISSION_MARK}` : '';
}

/** Printed between two parts of one quoted paragraph, where the user cut words in the middle (see `quoteParagraphs`). */
export const OMISSION_BETWEEN = ` ${OMISSION_MARK} `;
