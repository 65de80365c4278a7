import { decodeLetterBytes, parseLetter } from '../../app/corpus';
import type { Letter } from '../../app/corpus/types';

export type ParseOutcome = { ok: true; letter: Letter } | { ok: false; message: string };

/**
 * Decodes and parses one letter's bytes with the pure parser (app/corpus). Used inside the parse
 * worker and, in-process, by the command line; any failure becomes a Dutch per-file message.
 */
export const parseLetterBytes = (file: string, bytes: Uint8Array, hash: string): ParseOutcome => {
  let text: string;
  try {
    text = decodeLetterBytes(bytes);
  } catch (error) {
    return { ok: false, message: `Bestand kon niet worden gelezen als tekst: ${reason(error)}` };
  }
  try {
    return { ok: true, letter: parseLetter({ file, text, hash }) };
  } catch (error) {
    return { ok: false, message: `Bestand kon niet worden verwerkt: ${reason(error)}` };
  }
};

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));
