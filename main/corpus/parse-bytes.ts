import { decodeLetterBytes, parseLetter } from '../../app/corpus';
import { normaliseLineEnds } from '../../app/corpus/decode';
import type { Letter } from '../../app/corpus/types';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * decodeLetterBytes (app/corpus/decode.ts) with a native fast path for the common case, UTF-8
 * with or without its BOM: WHATWG's fatal UTF-8 decoder rejects exactly what the app's strict
 * decoder rejects (overlongs, surrogates, code points past U+10FFFF, truncated sequences), and
 * anything it rejects, or a UTF-16 BOM, goes to the app's decoder for the full rules.
 */
export const decodeBytes = (bytes: Uint8Array): string => {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16) {
    try {
      return normaliseLineEnds(utf8.decode(bom ? bytes.subarray(3) : bytes));
    } catch {
      // not UTF-8: Windows-1252, decoded below
    }
  }
  return decodeLetterBytes(bytes);
};

export type ParseOutcome = { ok: true; letter: Letter } | { ok: false; message: string };

/**
 * Decodes and parses one letter's bytes with the pure parser (app/corpus). Used inside the parse
 * worker and, in-process, by the command line; any failure becomes a Dutch per-file message.
 */
export const parseLetterBytes = (file: string, bytes: Uint8Array, hash: string): ParseOutcome => {
  let text: string;
  try {
    text = decodeBytes(bytes);
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
