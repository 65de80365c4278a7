/**
 * Bytes → text for corpus files, without TextDecoder (app/ has no DOM or Node typings).
 *
 * Rules: a BOM decides (UTF-8 EF BB BF, UTF-16LE FF FE, UTF-16BE FE FF); otherwise the bytes
 * are read as UTF-8 when they are valid UTF-8, else as Windows-1252. Line ends (CRLF, CR, LF)
 * all become LF. Never throws: malformed UTF-16 halves are kept as they are.
 */

/** Windows-1252 0x80–0x9F; the rest of the code page equals Latin-1. Undefined bytes map to C1 controls. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018,
  0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/** Builds a string from code units in chunks (String.fromCharCode has an argument limit). */
const fromCodeUnits = (units: number[]): string => {
  let out = '';
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.slice(i, i + 8192));
  return out;
};

/** Strict UTF-8 decoding (no overlongs, no surrogates, max U+10FFFF); null when the bytes are not UTF-8. */
export const decodeUtf8 = (bytes: Uint8Array, start = 0): string | null => {
  const units: number[] = [];
  let i = start;
  while (i < bytes.length) {
    const b0 = bytes[i]!;
    if (b0 < 0x80) {
      units.push(b0);
      i += 1;
      continue;
    }
    let need: number;
    let cp: number;
    let min: number;
    if (b0 >= 0xc2 && b0 <= 0xdf) [need, cp, min] = [1, b0 & 0x1f, 0x80];
    else if (b0 >= 0xe0 && b0 <= 0xef) [need, cp, min] = [2, b0 & 0x0f, 0x800];
    else if (b0 >= 0xf0 && b0 <= 0xf4) [need, cp, min] = [3, b0 & 0x07, 0x10000];
    else return null;
    for (let k = 1; k <= need; k++) {
      const b = bytes[i + k];
      if (b === undefined || (b & 0xc0) !== 0x80) return null;
      cp = (cp << 6) | (b & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
    if (cp >= 0x10000) {
      const v = cp - 0x10000;
      units.push(0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff));
    } else units.push(cp);
    i += need + 1;
  }
  return fromCodeUnits(units);
};

/** UTF-16 code units from byte pairs; an odd trailing byte is dropped. */
export const decodeUtf16 = (bytes: Uint8Array, littleEndian: boolean, start = 0): string => {
  const units: number[] = [];
  for (let i = start; i + 1 < bytes.length; i += 2) {
    const a = bytes[i]!;
    const b = bytes[i + 1]!;
    units.push(littleEndian ? a | (b << 8) : (a << 8) | b);
  }
  return fromCodeUnits(units);
};

/** Windows-1252 (Latin-1 with the 0x80–0x9F table above). */
export const decodeWindows1252 = (bytes: Uint8Array): string => {
  const units: number[] = new Array<number>(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    units[i] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b;
  }
  return fromCodeUnits(units);
};

/** CRLF, lone CR and LF all become LF. */
export const normaliseLineEnds = (text: string): string => text.replace(/\r\n?/g, '\n');

/** Decodes a corpus file's bytes (see the module comment for the rules). */
export const decodeLetterBytes = (bytes: Uint8Array): string => {
  let text: string;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    text = decodeUtf8(bytes, 3) ?? decodeWindows1252(bytes.subarray(3));
  } else if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = decodeUtf16(bytes, true, 2);
  } else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = decodeUtf16(bytes, false, 2);
  } else {
    text = decodeUtf8(bytes) ?? decodeWindows1252(bytes);
  }
  return normaliseLineEnds(text);
};
