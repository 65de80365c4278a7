const ZWJ = '\u200d';
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const graphemes = new Intl.Segmenter('nl', { granularity: 'grapheme' });

/** Whether a grapheme cluster is an emoji ZWJ sequence (UTS #51 §2.4: pictographs joined by U+200D, e.g. 👩‍💻, 👨‍👩‍👧). */
const isJoinedEmoji = (cluster: string): boolean => cluster.includes(ZWJ) && PICTOGRAPHIC.test(cluster);

/**
 * `text` without the zero-width joiners of its emoji ZWJ sequences. No bundled face has such a
 * sequence as one picture, and fontkit sets a joiner as the face's glyph 1 (not always empty) with
 * the code point U+0020, which printed a gap or a stray glyph between the parts and copied back as
 * a space: the parts are set side by side instead, and drawShaped copies the cluster back whole
 * (emojiClusters). A joiner elsewhere (between letters of a joining script) is kept.
 */
export function withoutEmojiJoiners(text: string): string {
  if (!text.includes(ZWJ)) return text;
  let out = '';
  for (const { segment } of graphemes.segment(text)) out += isJoinedEmoji(segment) ? segment.replaceAll(ZWJ, '') : segment;
  return out;
}

/**
 * `text` in parts to draw (Intl.Segmenter's extended grapheme clusters, UAX #29): `[drawn, copied]`
 * with `copied` the whole emoji ZWJ sequence (joiners included) to give as the part's ActualText
 * and `drawn` without its joiners, or `[text, undefined]` for the text between such sequences.
 */
export function emojiClusters(text: string): Array<[string, string | undefined]> {
  if (!text.includes(ZWJ)) return [[text, undefined]];
  const parts: Array<[string, string | undefined]> = [];
  let plain = '';
  for (const { segment } of graphemes.segment(text)) {
    if (!isJoinedEmoji(segment)) {
      plain += segment;
      continue;
    }
    if (plain) parts.push([plain, undefined]);
    parts.push([segment.replaceAll(ZWJ, ''), segment]);
    plain = '';
  }
  if (plain) parts.push([plain, undefined]);
  return parts;
}
