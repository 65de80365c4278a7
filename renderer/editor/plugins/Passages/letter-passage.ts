import type { BriefingFootnote, Passage } from '../../../../app/briefing/model';
import { createPassage } from '../../../../app/briefing/passage';
import type { Letter } from '../../../../app/corpus/types';
import { call } from '../../../bridge/api';
import { newId } from '../../utils/ids';
import { LETTER_PASSAGE_MIME, parsePassagePayload, type PassagePayload } from './passage-transfer';

/** The letter of the passage being dragged from the reader, asked for when the drag started. */
let early: { file: string; letter: Promise<Letter> } | null = null;

/**
 * Fetches the letter from main and quotes the range with `createPassage` (footnotes come along
 * verbatim). A letter fetched at the start of the drag (`registerLetterPrefetch`) is taken when it
 * is the same file; if that fetch failed, the letter is asked for again. Throws what `corpusLetter`
 * throws (a bridge error: letter gone, no corpus).
 */
export async function passageFromPayload(payload: PassagePayload): Promise<{ passage: Passage; footnotes: BriefingFootnote[] }> {
  const fetched = early?.file === payload.file ? early.letter : null;
  early = null;
  const letter = (fetched && (await fetched.catch(() => null))) ?? (await call('corpusLetter', { file: payload.file }));
  return createPassage(letter, payload, () => newId('q'));
}

/**
 * Starts fetching a dragged passage's letter when its drag starts (a `dragstart` that carries
 * LETTER_PASSAGE_MIME, read after the reader has set it), so that the drop does not wait for the
 * round trip to main; the fetch is dropped when the drag ends. Returns the unregister function.
 */
export function registerLetterPrefetch(target: Document): () => void {
  const start = (event: DragEvent) => {
    const payload = parsePassagePayload(event.dataTransfer?.getData(LETTER_PASSAGE_MIME) ?? '');
    if (!payload) return;
    const letter = call('corpusLetter', { file: payload.file });
    letter.catch(() => undefined); // a failure shows when the drop asks again
    early = { file: payload.file, letter };
  };
  // After the drop: the drop handler has taken the fetch by then (synchronously).
  const end = () => void (early = null);
  target.addEventListener('dragstart', start);
  target.addEventListener('dragend', end);
  return () => {
    target.removeEventListener('dragstart', start);
    target.removeEventListener('dragend', end);
    early = null;
  };
}
