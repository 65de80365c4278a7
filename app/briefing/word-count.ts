/**
 * Word counts of the briefing for the status bar (issue 19): a word is a run of letters, digits
 * and marks, joined by an apostrophe, hyphen or period inside it (`'s-Gravenhage`, `EU-lidstaten`,
 * `2025.12` are one word each), as word processors count; punctuation and note markers are not words.
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*/gu;

/** The number of words in `text` (0 for none). */
export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(WORD)) count++;
  return count;
}

/** The briefing's words split as the status bar's tooltip shows them: own text and quoted passages. */
export interface BriefingWordCounts {
  own: number;
  quoted: number;
}
