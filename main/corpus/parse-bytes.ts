import { Buffer, isUtf8 } from 'node:buffer';
import { inflateRawSync } from 'node:zlib';

import { decodeLetterBytes, parseLetter } from '../../app/corpus';
import { normaliseLineEnds } from '../../app/corpus/decode';
import { DocxError } from '../../app/corpus/docx/errors';
import { parseDocx } from '../../app/corpus/docx/parse-docx';
import { parsePdfLetter } from '../../app/corpus/pdf-layout/parse-pdf-letter';
import type { Letter } from '../../app/corpus/types';
import { type Message, message, renderMessage } from '../../app/ipc/messages';
import { isPdfPath, isWordPath } from './letter-file';
import { decodePdf, PdfReadError } from './pdf-decode';

/**
 * decodeLetterBytes (app/corpus/decode.ts) with a native fast path for the common case, UTF-8
 * with or without its BOM: Node's `isUtf8` (simdutf) rejects exactly what the app's strict decoder
 * rejects (overlongs, surrogates, code points past U+10FFFF, truncated sequences), and validating
 * first, then decoding with Buffer, is several times faster than a fatal TextDecoder. Anything
 * else, or a UTF-16 BOM, goes to the app's decoder for the full rules (Windows-1252, UTF-16).
 */
export const decodeBytes = (bytes: Uint8Array): string => {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const body = bom ? bytes.subarray(3) : bytes;
  if (!utf16 && isUtf8(body)) return normaliseLineEnds(Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8'));
  return decodeLetterBytes(bytes);
};

/**
 * Node's native raw-DEFLATE inflater for the Word reader (app/corpus/docx/container.ts): output
 * bounded by the size the zip declares (zlib throws past it). About twice fflate's JS inflate.
 * One output chunk a byte larger than the declared size: zlib's default 16 KB chunks were
 * concatenated afterwards (a 94 KB document.xml: six chunks and a copy); the parts of a letter
 * inflate in 0.07 instead of 0.13 ms (bench/corpus-docx.ts letters, 400 of them, best of 15).
 */
const nativeInflate = (compressed: Uint8Array, size: number): Uint8Array => {
  const out = inflateRawSync(compressed, { maxOutputLength: Math.max(1, size), chunkSize: Math.max(64, size + 1) });
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
};

/** A parsed letter, or why not: `problem` keyed (app/ipc/messages), `message` its Dutch text. */
export type ParseOutcome = { ok: true; letter: Letter } | { ok: false; message: string; problem: Message };

const failure = (problem: Message): ParseOutcome => ({ ok: false, message: renderMessage(problem, 'nl'), problem });
/** An unexpected failure's own text as the reason (a programming error, not the user's input). */
const unprocessable = (error: unknown): ParseOutcome => failure(message('problem.unprocessable', { reason: reason(error) }));

/**
 * Decodes and parses one letter's bytes with the pure parser (app/corpus): Word files (by their
 * extension, see WORD_EXTENSIONS) with the Word reader, the rest as extracted text. Used inside the
 * parse worker and, in-process, by the command line; any failure becomes a keyed per-file problem (with its Dutch text).
 */
export const parseLetterBytes = (file: string, bytes: Uint8Array, hash: string): ParseOutcome => {
  if (isPdfPath(file)) return failure(message('problem.pdf-load-only'));
  if (isWordPath(file)) {
    try {
      return { ok: true, letter: parseDocx(bytes, file, hash, nativeInflate) };
    } catch (error) {
      return error instanceof DocxError ? failure(error.problem) : unprocessable(error);
    }
  }
  let text: string;
  try {
    text = decodeBytes(bytes);
  } catch (error) {
    return failure(message('problem.not-text', { reason: reason(error) }));
  }
  try {
    return { ok: true, letter: parseLetter({ file, text, hash }) };
  } catch (error) {
    return unprocessable(error);
  }
};

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * parseLetterBytes for every letter kind, PDF included: a native PDF (by its extension) is decoded
 * by pdf.js (asynchronous, main/corpus/pdf-decode.ts) and laid out by app/corpus/pdf-layout; its
 * failures (not a PDF, password, damaged, a scan, too many pages) become keyed per-file problems.
 * `onPage(done, total)` follows a PDF's decoding page by page.
 */
export const parseLetterBytesAsync = async (
  file: string,
  bytes: Uint8Array,
  hash: string,
  onPage?: (done: number, total: number) => void,
): Promise<ParseOutcome> => {
  if (!isPdfPath(file)) return parseLetterBytes(file, bytes, hash);
  try {
    return { ok: true, letter: parsePdfLetter({ file, hash }, await decodePdf(bytes, onPage)) };
  } catch (error) {
    return error instanceof PdfReadError ? failure(error.problem) : unprocessable(error);
  }
};
