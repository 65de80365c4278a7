import { createCommand, type LexicalCommand } from 'lexical';

import type { LetterPoint, LetterRange } from '../../../../app/briefing/passage';

/**
 * A range of a letter to quote, as the reader hands it to the briefing (on a drag, or with
 * INSERT_PASSAGE_COMMAND): the letter's `file` (relative to the corpus folder) and the
 * `LetterRange` (block id and UTF-16 offset of start and exclusive end).
 */
export interface PassagePayload extends LetterRange {
  file: string;
}

/** DataTransfer type of a passage dragged from the reader: a `PassagePayload` as JSON. */
export const LETTER_PASSAGE_MIME = 'application/x-dossier-passage';
/** DataTransfer type of a passage dragged within the briefing: its node key. */
export const BRIEFING_PASSAGE_MIME = 'application/x-dossier-briefing-passage';

/**
 * Quotes the range (fetching the letter from main) and inserts the passage after the block that
 * holds the editor's cursor, its footnotes and citation with it: the reader's "add to briefing".
 * A failure (letter gone) shows in the briefing's notice region.
 */
export const INSERT_PASSAGE_COMMAND: LexicalCommand<PassagePayload> = createCommand('INSERT_PASSAGE_COMMAND');

/** The payload if `value` has its shape (it comes from a DataTransfer's JSON or a command), else null. */
export function parsePassagePayload(value: unknown): PassagePayload | null {
  const data = typeof value === 'string' ? safeJson(value) : value;
  if (!data || typeof data !== 'object') return null;
  const { file, start, end } = data as Record<string, unknown>;
  if (typeof file !== 'string' || !isPoint(start) || !isPoint(end)) return null;
  return { file, start, end };
}

const isPoint = (value: unknown): value is LetterPoint =>
  !!value &&
  typeof value === 'object' &&
  typeof (value as { block?: unknown }).block === 'string' &&
  Number.isInteger((value as { offset?: unknown }).offset);

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
