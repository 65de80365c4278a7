// The package ships no types; its declaration must reach every tsconfig that compiles this file.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./linebreak.d.ts" />
import LineBreaker from 'linebreak';

import { addressSpans, noBreakSpans, type TextSpan } from '../common/no-break';

/** Characters of a URL a line may break after (the address rule; see `addressBreaks`). */
const BREAK_AFTER = new Set(['/', '?', '&', '=', '#']);

/**
 * Where a paragraph's text may be broken into lines: the break opportunities of the Unicode line
 * breaking algorithm (UAX #14, the `linebreak` package pdfkit depends on): after spaces, after
 * hyphens and dashes, never before closing punctuation or inside a no-break space; less the ones
 * inside a parliamentary number (common/no-break: `36 045`, `21 501-20`, `nr. 264`). Inside a URL
 * or e-mail address only the address rule's (`addressBreaks`). A position p means a break between
 * `text[p - 1]` and `text[p]`; positions 0 and `text.length` are not listed. Hard breaks (`\n`)
 * are left to the caller.
 */
export function breakOpportunities(text: string): Set<number> {
  const spans = noBreakSpans(text);
  const addresses = addressSpans(text);
  const inside = (list: TextSpan[], position: number) => list.some((span) => span.start < position && position < span.end);
  const positions = new Set<number>();
  const breaker = new LineBreaker(text);
  for (let next = breaker.nextBreak(); next; next = breaker.nextBreak()) {
    const { position } = next;
    if (position > 0 && position < text.length && !inside(spans, position) && !inside(addresses, position)) positions.add(position);
  }
  for (const address of addresses) for (const position of addressBreaks(text, address)) positions.add(position);
  return positions;
}

/**
 * The break opportunities inside the address `span` of `text` (issue 17, fresh export tester):
 * after `/`, `?`, `&`, `=` and `#`, and before `%`; never between
 * two of those (`//` in `https://` stays whole, a line does not start with `?`), so never inside a
 * run of letters or digits (`resultIndex=12` breaks after `=`, not inside `12`). A part still
 * longer than the line is cut by the line breaker itself.
 */
function addressBreaks(text: string, span: TextSpan): number[] {
  const breaks: number[] = [];
  for (let position = span.start + 1; position < span.end; position++) {
    const before = text[position - 1]!;
    const after = text[position]!;
    if (BREAK_AFTER.has(after)) continue;
    if (BREAK_AFTER.has(before) || (after === '%' && before !== '%')) breaks.push(position);
  }
  return breaks;
}
