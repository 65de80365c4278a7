// The package ships no types; its declaration must reach every tsconfig that compiles this file.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./linebreak.d.ts" />
import LineBreaker from 'linebreak';

import { noBreakSpans } from '../common/no-break';

/**
 * Where a paragraph's text may be broken into lines: the break opportunities of the Unicode line
 * breaking algorithm (UAX #14, the `linebreak` package pdfkit depends on): after spaces, after
 * hyphens and dashes, after slashes inside URLs, never before closing punctuation or inside a
 * no-break space; less the ones inside a parliamentary number (common/no-break: `36 045`,
 * `21 501-20`, `nr. 264`). A position p means a break between `text[p - 1]` and `text[p]`;
 * positions 0 and `text.length` are not listed. Hard breaks (`\n`) are left to the caller.
 */
export function breakOpportunities(text: string): Set<number> {
  const spans = noBreakSpans(text);
  const inside = (position: number) => spans.some((span) => span.start < position && position < span.end);
  const positions = new Set<number>();
  const breaker = new LineBreaker(text);
  for (let next = breaker.nextBreak(); next; next = breaker.nextBreak()) {
    if (next.position > 0 && next.position < text.length && !inside(next.position)) positions.add(next.position);
  }
  return positions;
}
