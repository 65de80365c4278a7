import type { FoundMatch } from '../../../../app/briefing/find-replace';
import { pieceAt, type TextSegment } from './find-segments';

/** Names of the CSS custom highlights (styled with `::highlight(name)` in FindReplace.css). */
export const HIGHLIGHT = { match: 'dossier-find', quoted: 'dossier-find-quoted', current: 'dossier-find-current' } as const;

/** A DOM range over a match, from the DOM text nodes of its segment's pieces; null when the view lacks them. */
export function matchRange(segment: TextSegment, match: FoundMatch): Range | null {
  const start = pieceAt(segment, match.start, false);
  const end = pieceAt(segment, match.end, true);
  if (!start?.piece.dom || !end?.piece.dom) return null;
  const range = start.piece.dom.ownerDocument.createRange();
  range.setStart(start.piece.dom, Math.min(start.offset, start.piece.dom.length));
  range.setEnd(end.piece.dom, Math.min(end.offset, end.piece.dom.length));
  return range;
}

/**
 * Shows every match with the CSS Custom Highlight API (Chromium 105+, so Electron and the preview's
 * browser): the document is never changed to highlight, so nothing enters undo history or the saved
 * file. Matches in passages get their own highlight (not replaceable); the current one a third.
 * Without the API (an old browser, unit tests) nothing is painted. Returns the current match's range.
 */
export function paintHighlights(segments: ReadonlyMap<string, TextSegment>, matches: readonly FoundMatch[], current: number): Range | null {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return null;
  const own = new Highlight();
  const quoted = new Highlight();
  const now = new Highlight();
  let currentRange: Range | null = null;
  matches.forEach((match, index) => {
    const segment = segments.get(match.segment);
    const range = segment && matchRange(segment, match);
    if (!range) return;
    (match.replaceable ? own : quoted).add(range);
    if (index === current) {
      now.add(range);
      currentRange = range;
    }
  });
  CSS.highlights.set(HIGHLIGHT.match, own);
  CSS.highlights.set(HIGHLIGHT.quoted, quoted);
  CSS.highlights.set(HIGHLIGHT.current, now);
  return currentRange;
}

/** Removes the find bar's highlights. */
export function clearHighlights(): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  for (const name of Object.values(HIGHLIGHT)) CSS.highlights.delete(name);
}
