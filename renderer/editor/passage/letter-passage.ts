import type { BriefingFootnote, Passage } from '../../../app/briefing/model';
import { createPassage, type LetterRange } from '../../../app/briefing/passage';
import { call } from '../../bridge/api';
import { newId } from '../ids';

/** What the reader puts on a drag or in a `dossier:add-passage` event. */
export interface PassagePayload extends LetterRange {
  file: string;
}

/** The payload if `value` has its shape (it comes from a DataTransfer or a DOM event), else null. */
export function parsePassagePayload(value: unknown): PassagePayload | null {
  const data = typeof value === 'string' ? safeJson(value) : value;
  if (!data || typeof data !== 'object') return null;
  const { file, start, end } = data as Record<string, unknown>;
  if (typeof file !== 'string' || !isPoint(start) || !isPoint(end)) return null;
  return { file, start, end };
}

const isPoint = (value: unknown): value is { block: string; offset: number } =>
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

/** Fetches the letter from main and quotes the range with `createPassage` (footnotes come along verbatim). */
export async function passageFromPayload(payload: PassagePayload): Promise<{ passage: Passage; footnotes: BriefingFootnote[] }> {
  const letter = await call('corpusLetter', { file: payload.file });
  return createPassage(letter, payload, () => newId('q'));
}
