/** A stretch of text, `[start, end)` in UTF-16 units. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * Parliamentary numbers that must stay on one line, in both exports: digit groups with their
 * group separator and any dash suffix (Kamerstuk `36 045`, `21 501-20`, `1 000 000`), and a
 * number with the abbreviation before it (`nr. 264`, `nrs. 12`, `blz. 3`, `art. 5`, `p. 7`).
 * A space or hyphen inside one is written as no-break (Word: U+00A0, `w:noBreakHyphen`) or
 * never broken at (PDF line breaking); the characters themselves stay as typed in the PDF.
 */
const PATTERNS = [
  /(?<![\p{L}\p{N}])\p{N}{1,3}(?:[ \u00a0\u202f]\p{N}{3})+(?:[-\u2011][\p{N}\p{Lu}]+)*(?![\p{L}\p{N}])/gu,
  /(?<![\p{L}\p{N}])\p{N}+(?:[-\u2011]\p{N}+)+(?![\p{L}\p{N}])/gu,
  /(?<![\p{L}\p{N}])(?:nr|nrs|blz|art|p)\.[ \u00a0\u202f]\p{N}+/gu,
];

/** The no-break spans of `text` (see PATTERNS), sorted and merged where they overlap or touch. */
export function noBreakSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern)) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  spans.sort((a, b) => a.start - b.start);
  const merged: TextSpan[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/**
 * `text` with every space inside a no-break span as U+00A0 and every hyphen as U+2011 (what a
 * word processor's own no-break characters are), for the Word and OpenDocument exports.
 */
export function withNoBreaks(text: string): string {
  const spans = noBreakSpans(text);
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const { start, end } of spans) {
    out +=
      text.slice(at, start) +
      text
        .slice(start, end)
        .replace(/[ \u202f]/g, '\u00a0')
        .replace(/-/g, '\u2011');
    at = end;
  }
  return out + text.slice(at);
}
