import { $createRangeSelection, $setSelection, type RangeSelection } from 'lexical';

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
 * replaced. Call inside one `editor.update` tagged `history-push`, so "Replace all" is one undo step.
 */
export function $replaceMatches(segments: ReadonlyMap<string, TextSegment>, matches: readonly FoundMatch[], replacement: string): number {
  let replaced = 0;
  for (const match of [...matches].reverse()) {
    const segment = segments.get(match.segment);
    const selection = segment && $matchSelection(segment, match);
    if (!selection) continue;
    $setSelection(selection);
    selection.insertText(replacement);
    replaced++;
  }
  return replaced;
}
