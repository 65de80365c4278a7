import { unzipSync } from 'fflate';

import { DocxError, MESSAGES } from './errors';
import { zipEntries } from './zip-directory';

/**
 * The zip container of a Word file (ECMA-376 part 2, Open Packaging Conventions), read with
 * fflate. Only XML parts (`.xml`, `.rels`) the reader may use are unpacked; images, media,
 * themes and the like are never inflated. Limits are checked on the sizes the zip's central directory declares before anything
 * is inflated, and fflate inflates into a buffer of exactly the declared size, so a part that
 * lies about its size cannot grow past it.
 */

/** Largest single XML part unpacked, in bytes. */
export const MAX_PART_BYTES = 64 * 1024 * 1024;
/** Largest sum of unpacked XML parts, in bytes. */
export const MAX_TOTAL_BYTES = 128 * 1024 * 1024;
const MB = 1024 * 1024;

/** Part name (no leading `/`, lower-case: OPC part names compare case-insensitively) → bytes. */
export type Parts = Map<string, Uint8Array>;

/**
 * Inflates raw DEFLATE data (RFC 1951) that the zip declares to unpack to `size` bytes; may throw
 * on damaged data or output past `size`. Handed in by main (Node's zlib); pure code never needs it.
 */
export type Inflater = (compressed: Uint8Array, size: number) => Uint8Array;

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);

/** Does `bytes` hold `text` as UTF-16LE (as names in an OLE compound file's directory are)? */
const hasUtf16Name = (bytes: Uint8Array, text: string): boolean => {
  const first = text.charCodeAt(0);
  for (let i = bytes.indexOf(first); i >= 0 && i + text.length * 2 <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    let k = 0;
    while (k < text.length && bytes[i + 2 * k] === text.charCodeAt(k) && bytes[i + 2 * k + 1] === 0) k++;
    if (k === text.length) return true;
  }
  return false;
};

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b];
const FOREIGN: [readonly number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'een afbeelding (PNG)'],
  [[0xff, 0xd8, 0xff], 'een afbeelding (JPEG)'],
  [[0x47, 0x49, 0x46, 0x38], 'een afbeelding (GIF)'],
  [[0x25, 0x50, 0x44, 0x46], 'een PDF-bestand'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'een RTF-bestand'],
];

/**
 * Checks what kind of file `bytes` is before unzipping. Throws DocxError: an OLE compound file is
 * an encrypted OOXML package (it holds an `EncryptionInfo` stream) or an old binary .doc (a
 * `WordDocument` stream) or another Office file; known magic numbers of images and PDF name the
 * kind; anything else not starting with a zip signature is "not what its extension says".
 */
export const sniffContainer = (bytes: Uint8Array): void => {
  if (bytes.length === 0) throw new DocxError(MESSAGES.empty);
  if (startsWith(bytes, OLE)) {
    if (hasUtf16Name(bytes, 'EncryptionInfo') || hasUtf16Name(bytes, 'EncryptedPackage')) throw new DocxError(MESSAGES.encrypted);
    if (hasUtf16Name(bytes, 'WordDocument')) throw new DocxError(MESSAGES.oldWord);
    if (hasUtf16Name(bytes, 'Workbook') || hasUtf16Name(bytes, 'Book'))
      throw new DocxError(MESSAGES.notALetter('een spreadsheet (Excel)'), true);
    throw new DocxError(MESSAGES.oldWord);
  }
  for (const [magic, what] of FOREIGN) if (startsWith(bytes, magic)) throw new DocxError(MESSAGES.notALetter(what), true);
  if (!startsWith(bytes, ZIP)) throw new DocxError(MESSAGES.wrongKind);
};

/** XML parts Word and LibreOffice write that hold nothing the reader uses (themes, fonts, glossary, web settings, comment extensions). */
const UNUSED =
  /(?:^|\/)(?:theme|glossary|customxml)\/|(?:^|\/)(?:fonttable|websettings|styleswitheffects|people|commentsextended|commentsids|commentsextensible|app|custom)\.xml$/;

const isXmlPart = (name: string): boolean => {
  const lower = name.toLowerCase();
  return (lower.endsWith('.xml') || lower.endsWith('.rels') || lower === 'mimetype') && !UNUSED.test(lower);
};

/** The XML parts through `inflate` (see zip-directory.ts), or null where fflate must read the zip. */
const readWith = (bytes: Uint8Array, inflate: Inflater): Parts | null => {
  const entries = zipEntries(bytes);
  if (!entries) return null;
  const wanted = entries.filter((e) => isXmlPart(e.name));
  let total = 0;
  for (const e of wanted) {
    total += e.size;
    if (e.size > MAX_PART_BYTES || total > MAX_TOTAL_BYTES) throw new DocxError(MESSAGES.tooLarge(MAX_TOTAL_BYTES / MB));
  }
  const parts: Parts = new Map();
  for (const e of wanted) {
    const data = bytes.subarray(e.dataStart, e.dataStart + e.compressedSize);
    let out: Uint8Array;
    try {
      out = e.method === 0 ? data : inflate(data, e.size);
    } catch {
      throw new DocxError(MESSAGES.damaged);
    }
    if (out.length !== e.size) throw new DocxError(MESSAGES.damaged);
    parts.set(e.name.replace(/^\/+/, '').toLowerCase(), out);
  }
  return parts;
};

/**
 * Unpacks the XML parts of an OPC package, with `inflate` when given (main hands in Node's zlib)
 * for a plain zip, else, and for any other zip, with fflate. Throws DocxError when the bytes are
 * not a zip, the zip is damaged, or the declared sizes exceed MAX_PART_BYTES per part or
 * MAX_TOTAL_BYTES in all (checked before anything is inflated).
 */
export const readParts = (bytes: Uint8Array, inflate?: Inflater): Parts => {
  sniffContainer(bytes);
  const fast = inflate ? readWith(bytes, inflate) : null;
  if (fast) return fast;
  let total = 0;
  let tooLarge = false;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (!isXmlPart(file.name)) return false;
        total += file.originalSize;
        if (file.originalSize > MAX_PART_BYTES || total > MAX_TOTAL_BYTES) tooLarge = true;
        return !tooLarge;
      },
    });
  } catch {
    throw new DocxError(MESSAGES.damaged);
  }
  if (tooLarge) throw new DocxError(MESSAGES.tooLarge(MAX_TOTAL_BYTES / MB));
  const parts: Parts = new Map();
  for (const [name, data] of Object.entries(files)) parts.set(name.replace(/^\/+/, '').toLowerCase(), data);
  return parts;
};
