/** A stretch of text, `[start, end)` in UTF-16 units. */
export interface TextSpan {
  start: number;
  end: number;
}

const SPACE = '[ \\u00a0\\u202f]';
const HYPHEN = '[-\\u2011]';

/**
 * Parliamentary numbers that must stay on one line, in all three exports (one list: the PDF's
 * line breaking and the Word/OpenDocument no-break characters both come from it):
 * - a Kamerstuk/dossier number in digit groups, with any dash suffix: `36 045`, `21 501-20`,
 *   `1 000 000`; never one starting with 0 or followed or preceded by more digit groups
 *   (a phone number such as `070 456 7890` or `070-456 7890`);
 * - a five-digit dossier number with a dash suffix written without the group space: `21501-20`;
 * - a number with its abbreviation before it, in either case, the full stop optional after nr/nrs:
 *   `nr. 264`, `Nr. 264`, `nr 264`, `nrs. 12`, `blz. 3`, `art. 5`, `p. 7`.
 * Year ranges (`2025-2026`) and hyphenated phone numbers are not matched.
 */
const PATTERNS = [
  new RegExp(
    `(?<![\\p{L}\\p{N}]|\\p{N}${HYPHEN}|\\p{N}${SPACE})(?!0)\\p{N}{1,3}(?:${SPACE}\\p{N}{3})+(?:${HYPHEN}[\\p{N}\\p{Lu}]+)*(?![\\p{L}\\p{N}]|${SPACE}\\p{N}|${HYPHEN}\\p{N})`,
    'gu',
  ),
  new RegExp(`(?<![\\p{L}\\p{N}]|\\p{N}${HYPHEN}|\\p{N}${SPACE})(?!0)\\p{N}{5}(?:${HYPHEN}[\\p{N}\\p{Lu}]+)+(?![\\p{L}\\p{N}])`, 'gu'),
  new RegExp(`(?<![\\p{L}\\p{N}])(?:[Nn]rs?\\.?|[Bb]lz\\.|[Aa]rt\\.|[Pp]\\.)${SPACE}\\p{N}+`, 'gu'),
];

/** A token as the address rule sees one: a run of characters other than white space, `<`, `>` and `"`. */
const TOKEN = /[^\s<>"]+/gu;
const SCHEME_CHAR = /[a-z0-9+.-]/i;
const LETTER = /[a-z]/i;

/**
 * Where the URL or e-mail address inside `token` starts (it runs to the token's end), or -1: a
 * scheme (`[a-z][a-z0-9+.-]*://`), `www.`, or `local@domain.tld`. Found with `indexOf`, not one
 * regular expression over the text: that one backtracked from every position of a long token
 * (quadratic: a 100,000-letter word took 17 s to export).
 */
function addressStart(token: string): number {
  const scheme = token.indexOf('://');
  if (scheme > 0) {
    let start = scheme;
    while (start > 0 && SCHEME_CHAR.test(token[start - 1]!)) start--;
    while (start < scheme && !LETTER.test(token[start]!)) start++;
    if (start < scheme) return start;
  }
  const www = token.toLowerCase().indexOf('www.');
  if (www >= 0) return www;
  const at = token.indexOf('@');
  const dot = at > 0 ? token.indexOf('.', at + 2) : -1;
  return dot > 0 && dot < token.length - 1 ? 0 : -1;
}

/**
 * The URL and e-mail spans of `text`, in order: a token (a run of characters other than white
 * space, `<`, `>` and `"`) from where its address starts (a scheme such as `https://`, `www.`, or
 * `local@domain.tld`) to its end. No no-break span lies inside one (its characters must stay as
 * typed); the PDF breaks lines inside one only by the address rule (pdf/break-opportunities.ts).
 */
export function addressSpans(text: string): TextSpan[] {
  if (!text.includes('://') && !text.includes('@') && !/www\./i.test(text)) return [];
  const spans: TextSpan[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = addressStart(match[0]);
    if (start >= 0) spans.push({ start: match.index + start, end: match.index + match[0].length });
  }
  return spans;
}

/**
 * The no-break spans of `text` (see PATTERNS), sorted and merged where they overlap or touch;
 * none overlapping a URL or e-mail address in the text.
 */
export function noBreakSpans(text: string): TextSpan[] {
  const addresses = addressSpans(text);
  const spans: TextSpan[] = [];
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const span = { start: match.index, end: match.index + match[0].length };
      if (!addresses.some((address) => address.start < span.end && span.start < address.end)) spans.push(span);
    }
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
 * word processor's own no-break characters are), for the Word and OpenDocument exports. Callers
 * leave a hyperlink's text as typed.
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
