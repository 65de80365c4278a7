import type { BriefingFootnote, Passage } from '../../../../app/briefing/model';
import { createPassage } from '../../../../app/briefing/passage';
import type { Letter } from '../../../../app/corpus/types';
import { call } from '../../../bridge/api';
import { newId } from '../../utils/ids';
import type { PassagePayload } from './passage-transfer';

/** The letter of the passage being dragged from the reader, asked for when the drag started. */
let early: { file: string; letter: Promise<Letter> } | null = null;

/**
 * Fetches the letter from main and quotes the range with `createPassage` (footnotes come along
 * verbatim). A letter fetched at the start of the drag (`prefetchLetter`) is taken when it is the
 * same file; if that fetch failed, the letter is asked for again. Throws what `corpusLetter` throws
 * (a bridge error: letter gone, no corpus).
 */
export async function passageFromPayload(payload: PassagePayload): Promise<{ passage: Passage; footnotes: BriefingFootnote[] }> {
  const fetched = early?.file === payload.file ? early.letter : null;
  early = null;
  const letter = (fetched && (await fetched.catch(() => null))) ?? (await call('corpusLetter', { file: payload.file }));
  return createPassage(letter, payload, () => newId('q'));
}

/**
 * Starts fetching the letter `file` of a passage whose drag is starting, so that the drop does not
 * wait for the round trip to main (the drop takes it in `passageFromPayload` when it is the same
 * file). Called by the drag source's `dragstart` handler (the reader's `writePassage`): the reader's
 * handles stop the event's propagation, so a listener on the document never sees it. A failed
 * fetch is asked for again at the drop.
 */
export function prefetchLetter(file: string): void {
  const letter = call('corpusLetter', { file });
  letter.catch(() => undefined); // a failure shows when the drop asks again
  early = { file, letter };
}

/**
 * Drops a prefetched letter (`prefetchLetter`) when its drag ends, taken or not (the drop handler
 * takes it synchronously, before `dragend`). Returns the unregister function.
 */
export function registerLetterPrefetch(target: Document): () => void {
  const end = () => void (early = null);
  target.addEventListener('dragend', end);
  return () => {
    target.removeEventListener('dragend', end);
    early = null;
  };
}
