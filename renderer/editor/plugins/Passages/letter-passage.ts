import type { BriefingFootnote, Passage } from '../../../../app/briefing/model';
import { createPassage } from '../../../../app/briefing/passage';
import { call } from '../../../bridge/api';
import { newId } from '../../utils/ids';
import type { PassagePayload } from './passage-transfer';

/** Fetches the letter from main and quotes the range with `createPassage` (footnotes come along verbatim). */
export async function passageFromPayload(payload: PassagePayload): Promise<{ passage: Passage; footnotes: BriefingFootnote[] }> {
  const letter = await call('corpusLetter', { file: payload.file });
  return createPassage(letter, payload, () => newId('q'));
}
