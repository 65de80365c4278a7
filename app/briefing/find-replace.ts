/**
 * Find and replace over the briefing's text (issue 19), free of Lexical and the DOM: the editor
 * hands in its text as segments (one per paragraph of own text, one per quoted passage) and gets
 * back the matches, in document order, each marked replaceable or not. A quoted passage stays
 * verbatim, so its matches are found and shown but never replaced.
 */

/** How a query matches: `matchCase` compares letters as typed; `wholeWord` wants no letter, digit or `_` on either side. */
export interface FindOptions {
  matchCase: boolean;
  wholeWord: boolean;
}

/** A stretch of the briefing's text: `id` names it for the caller (a node key); `replaceable` is false for a quoted passage. */
export interface FindSegment {
  id: string;
  text: string;
  replaceable: boolean;
}

/** One match: `[start, end)` in UTF-16 code units of its segment's text. */
export interface FoundMatch {
  segment: string;
  start: number;
  end: number;
  replaceable: boolean;
}

const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}_]`;

/**
 * The query as a global Unicode regular expression, or null for an empty query. The query is
 * matched literally (regex characters escaped, NFC): diacritics count, so `e` never finds `é`
 * (Dutch `financiële`, `coördinatie` are other spellings than without); without `matchCase`, upper
 * and lower case are one (`É` finds `é`) by the engine's simple case folding, which keeps lengths.
 */
export function queryPattern(query: string, options: FindOptions): RegExp | null {
  if (query === '') return null;
  const literal = query.normalize('NFC').replace(/[.*+?^${}()|[\]\\/-]/g, String.raw`\$&`);
  const body = options.wholeWord ? `(?<!${WORD_CHAR})${literal}(?!${WORD_CHAR})` : literal;
  return new RegExp(body, options.matchCase ? 'gu' : 'giu');
}

/** Every non-overlapping match of `query` in `text`, left to right, as `[start, end)` pairs. */
export function findInText(text: string, query: string, options: FindOptions): Array<{ start: number; end: number }> {
  const pattern = queryPattern(query, options);
  if (!pattern) return [];
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** The matches in all segments, in segment order then text order; each is replaceable as its segment is. */
export function findInSegments(segments: readonly FindSegment[], query: string, options: FindOptions): FoundMatch[] {
  return segments.flatMap((segment) =>
    findInText(segment.text, query, options).map((range) => ({ segment: segment.id, ...range, replaceable: segment.replaceable })),
  );
}

/** What "Replace all" does with these matches: how many it replaces and how many (inside passages) it skips. */
export function replaceAllCounts(matches: readonly FoundMatch[]): { replaced: number; skipped: number } {
  const replaced = matches.filter((match) => match.replaceable).length;
  return { replaced, skipped: matches.length - replaced };
}

/**
 * The index of the match to show after `from` moving `direction` (+1 next, -1 previous), wrapping
 * around at either end; -1 when there are none. `from` -1 starts before the first (or, going back,
 * after the last).
 */
export function stepMatch(count: number, from: number, direction: 1 | -1): number {
  if (count === 0) return -1;
  if (from < 0) return direction === 1 ? 0 : count - 1;
  return (from + direction + count) % count;
}

/**
 * The segment's text with every match of `query` replaced by `replacement` (taken literally, no
 * `$1` patterns), for a replaceable segment; a passage's text is returned unchanged.
 */
export function replaceInSegment(segment: FindSegment, query: string, replacement: string, options: FindOptions): string {
  const pattern = queryPattern(query, options);
  if (!pattern || !segment.replaceable) return segment.text;
  return segment.text.replace(pattern, () => replacement);
}
