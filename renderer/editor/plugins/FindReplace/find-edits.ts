import { $createRangeSelection, $getNodeByKey, $isTextNode, type RangeSelection } from 'lexical';

import type { FoundMatch } from '../../../../app/briefing/find-replace';
import { pieceAt, type TextSegment } from './find-segments';

/** A Lexical range over a match in own text, or null (a passage's match, or a stale one). Call inside `editor.update`/`read`. */
export function $matchSelection(segment: TextSegment, match: FoundMatch): RangeSelection | null {
  if (!match.replaceable) return null;
  const start = pieceAt(segment, match.start, false);
  const end = pieceAt(segment, match.end, true);
  if (!start?.piece.key || !end?.piece.key) return null;
  const selection = $createRangeSelection();
  selection.anchor.set(start.piece.key, start.offset, 'text');
  selection.focus.set(end.piece.key, end.offset, 'text');
  return selection;
}

/**
 * Replaces the given matches of own text with `replacement`, last first so that earlier offsets
 * stay valid, and leaves passages alone (their matches are skipped). Returns how many were
 * replaced. The text nodes are edited directly (`TextNode.spliceText`), not through a selection:
 * a range selection set inside a table cell is rewritten by the table plugin's selection handling,
 * which put the words of "Replace all" in the wrong place once the briefing held a table. A match
 * across text nodes (a format or link boundary) takes the first node's format. Call inside one
 * `editor.update` tagged `history-push`, so "Replace all" is one undo step.
 */
export function $replaceMatches(segments: ReadonlyMap<string, TextSegment>, matches: readonly FoundMatch[], replacement: string): number {
  let replaced = 0;
  for (const match of [...matches].reverse()) {
    const segment = segments.get(match.segment);
    if (!segment || !match.replaceable) continue;
    const start = pieceAt(segment, match.start, false);
    const end = pieceAt(segment, match.end, true);
    if (!start?.piece.key || !end?.piece.key) continue;
    const pieces = segment.pieces.filter((piece) => piece.start >= start.piece.start && piece.start <= end.piece.start);
    const nodes = pieces.map((piece) => $getNodeByKey(piece.key ?? ''));
    if (!nodes.every($isTextNode)) continue; // stale: the text changed since the matches were found
    const [first, ...rest] = nodes.filter($isTextNode);
    if (rest.length === 0) first!.spliceText(start.offset, end.offset - start.offset, replacement, false);
    else {
      first!.spliceText(start.offset, start.piece.length - start.offset, replacement, false);
      const last = rest.pop()!;
      for (const middle of rest) middle.remove();
      if (end.offset === end.piece.length) last.remove();
      else last.spliceText(0, end.offset, '', false);
    }
    replaced++;
  }
  return replaced;
}
