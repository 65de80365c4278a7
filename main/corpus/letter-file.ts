import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';

import { corpusError } from '../../app/corpus/problem';
import type { CorpusError } from '../../app/corpus/types';
import { message, renderMessage } from '../../app/ipc/messages';
import { ioReason, ioReasonMessage } from '../io-errors';

/**
 * File types handed to the Word reader (app/corpus/docx): .docx, and the Word and OpenDocument
 * kinds it recognises only to say why it cannot read them (an old .doc, a template, a
 * macro-enabled file, an .odt; a .docx saved under one of those names is read all the same).
 */
export const WORD_EXTENSIONS = ['.docx', '.doc', '.docm', '.dotx', '.dotm', '.odt'];
/** Native PDF files, decoded by pdf.js in the parse worker (main/corpus/pdf-decode.ts). */
export const PDF_EXTENSIONS = ['.pdf'];
/** File types read as letters: text extracted from Word or PDF (.txt), the Word kinds above and PDF. */
export const LETTER_EXTENSIONS = ['.txt', ...WORD_EXTENSIONS, ...PDF_EXTENSIONS];
/** The metadata sidecar of a corpus folder. */
export const SIDECAR_NAME = 'metadata.json';
export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;

const baseName = (path: string): string => path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
/** Word's owner file beside an open document (`~$brief.docx`): a lock, not a letter. */
const isOwnerFile = (path: string): boolean => baseName(path).startsWith('~$');

export const isLetterPath = (path: string): boolean => {
  const lower = path.toLowerCase();
  return LETTER_EXTENSIONS.some((ext) => lower.endsWith(ext)) && !isOwnerFile(path);
};
export const isWordPath = (path: string): boolean => WORD_EXTENSIONS.some((ext) => path.toLowerCase().endsWith(ext));
export const isPdfPath = (path: string): boolean => PDF_EXTENSIONS.some((ext) => path.toLowerCase().endsWith(ext));

/** Files the operating system keeps in folders by itself (Windows Explorer's, macOS Finder's): never a user's document. */
const SYSTEM_FILES = new Set(['desktop.ini', 'thumbs.db', 'ehthumbs.db', 'icon\r']);

/**
 * Is `path` a file a corpus folder lists as "not a letter" (an image, a spreadsheet)? Not the
 * sidecar, its backup, Word's owner files, hidden files or the system's own folder files.
 */
export const isListedNonLetter = (path: string): boolean => {
  const name = baseName(path);
  return (
    !isLetterPath(path) &&
    !isOwnerFile(path) &&
    !name.startsWith('.') &&
    !SYSTEM_FILES.has(name.toLowerCase()) &&
    name !== SIDECAR_NAME &&
    name !== `${SIDECAR_NAME}.bak`
  );
};

/** The corpus error's Dutch text for a file that is not a letter format (listed, never read): `corpus.not-a-letter`. */
export const NOT_A_LETTER = renderMessage(message('corpus.not-a-letter'), 'nl');

/** The corpus error for `file` (a corpus key) that is not a letter format. */
export const notALetter = (file: string): CorpusError => corpusError(file, message('corpus.not-a-letter'));

/** A letter file found on disk: `file` is its corpus key (relative to the root, `/` separators). */
export interface LetterLocation {
  path: string;
  file: string;
}

/** The bytes of one letter and their sha-256, or the per-file error to show instead (keyed, see corpusError). */
export type ReadResult = { bytes: Uint8Array; hash: string; size: number; mtimeMs: number } | CorpusError;

export const hashBytes = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** O_NOFOLLOW where the platform has it (not on Windows, where lstat checks instead). */
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

/**
 * Reads a letter file with the size cap applied before reading. A symbolic link is not followed
 * (opened with O_NOFOLLOW, so the check and the read are one step; on Windows an lstat first):
 * a link in a corpus folder could lead out of it. Binary content (NUL bytes) in a text file is
 * refused here: no text format in FORMATS.md contains them (Word files are zips: the Word reader
 * checks them). Synchronous: it runs inside a parse worker (and in the
 * command line), where a blocking read costs a third of the CPU that fs/promises' open, stat,
 * read and close round trips through the thread pool do.
 */
export const readLetterFileSync = (loc: LetterLocation, maxBytes = DEFAULT_MAX_FILE_BYTES): ReadResult => {
  let fd: number | undefined;
  try {
    if (NO_FOLLOW === 0 && lstatSync(loc.path).isSymbolicLink()) return corpusError(loc.file, LINK_SKIPPED);
    fd = openSync(loc.path, constants.O_RDONLY | NO_FOLLOW);
    const info = fstatSync(fd);
    if (info.size > maxBytes) {
      return corpusError(loc.file, message('problem.too-large', { mb: Math.round(maxBytes / (1024 * 1024)) }));
    }
    const bytes = new Uint8Array(readFileSync(fd));
    if (!isWordPath(loc.file) && !isPdfPath(loc.file) && looksBinary(bytes)) {
      return corpusError(loc.file, message(looksLikeWord(bytes) ? 'problem.word-renamed' : 'problem.binary'));
    }
    return { bytes, hash: hashBytes(bytes), size: info.size, mtimeMs: info.mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') return corpusError(loc.file, LINK_SKIPPED);
    return corpusError(loc.file, message('problem.unreadable', { reason: ioReasonMessage(error) }));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
};

const LINK_SKIPPED = message('problem.symlink');

/**
 * A zip (local file header `PK\x03\x04`, ISO/IEC 21320-1) naming a `word/` part: a Word file
 * whatever its name says. Zip names are stored uncompressed, in the local headers and the
 * central directory; the search is bounded to the first and last 64 KiB.
 */
const looksLikeWord = (bytes: Uint8Array): boolean => {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) return false;
  const decode = (from: number, to: number) => new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, from), to));
  const edge = 65_536;
  return decode(0, edge).includes('word/') || decode(bytes.length - edge, bytes.length).includes('word/');
};

/** NUL bytes outside UTF-16 (which a BOM announces) mean binary content. */
const looksBinary = (bytes: Uint8Array): boolean => {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  return !utf16 && bytes.includes(0);
};

/** A short Dutch reason for a file-system error, as a sentence end. */
export const describeIoError = (error: unknown): string => `${ioReason(error)}.`;

export const displayName = (root: string): string => basename(root) || root;
