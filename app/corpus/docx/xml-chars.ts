/**
 * Whether UTF-8 `bytes` decode (with a non-fatal decoder, as xml.ts decodes parts) to text holding a
 * character XML 1.0 forbids (§2.2 Char): a C0 control other than tab, line feed and carriage
 * return — in UTF-8 the bytes 0x00–0x1F only ever stand for themselves — or U+FFFE / U+FFFF
 * (EF BF BE / EF BF BF, decoded as such wherever they stand: a broken sequence before them
 * becomes U+FFFD and the decoder starts again at EF). The third kind, an unpaired surrogate,
 * cannot come out of UTF-8: its encoding (ED A0–BF …) is invalid and decodes to U+FFFD.
 *
 * Why on bytes: the same check as a regular expression over the decoded text cost about 7 % of a
 * Word letter's XML parse (a 40 KB document.xml: 54 µs); four bytes at a time it is about half.
 * `(x - 0x20202020) & ~x & 0x80808080` is non-zero exactly when a byte of `x` is below 0x20
 * ("hasless", Bit Twiddling Hacks); `x & 0x80808080` when one is 0x80 or above (it may be EF);
 * only such words are looked at byte by byte.
 */
export const hasForbiddenUtf8 = (bytes: Uint8Array): boolean => {
  const n = bytes.length;
  const head = Math.min(n, (4 - (bytes.byteOffset & 3)) & 3);
  for (let i = 0; i < head; i++) if (forbiddenAt(bytes, i)) return true;
  // Whole words from the first 4-byte boundary on (none when fewer than 4 bytes follow it).
  const count = (n - head) >> 2;
  const words = count > 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset + head, count) : new Uint32Array(0);
  for (let k = 0; k < words.length; k++) {
    const x = words[k]!;
    if ((((x - 0x20202020) & ~x) | x) & 0x80808080) {
      const at = head + 4 * k;
      if (forbiddenAt(bytes, at) || forbiddenAt(bytes, at + 1) || forbiddenAt(bytes, at + 2) || forbiddenAt(bytes, at + 3)) return true;
    }
  }
  for (let i = head + 4 * words.length; i < n; i++) if (forbiddenAt(bytes, i)) return true;
  return false;
};

/** Does a forbidden character start at bytes[i] (see hasForbiddenUtf8)? */
const forbiddenAt = (bytes: Uint8Array, i: number): boolean => {
  const c = bytes[i]!;
  if (c < 0x20) return c !== 9 && c !== 10 && c !== 13;
  return c === 0xef && bytes[i + 1] === 0xbf && (bytes[i + 2] === 0xbe || bytes[i + 2] === 0xbf);
};
