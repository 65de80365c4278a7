/** A run of text that is or is not to be highlighted. */
export interface HighlightSegment {
  text: string;
  mark: boolean;
}

/**
 * Cuts `text` into runs at the highlight ranges (UTF-16 `[start, end)` pairs as `SearchHit.highlights`
 * carries them). Ranges are clamped to the text, sorted and merged when they touch or overlap, so
 * the runs concatenate back to exactly `text` and no character is marked twice.
 */
export function highlightSegments(text: string, ranges: ReadonlyArray<readonly [number, number]>): HighlightSegment[] {
  const clamped = ranges
    .map(([a, b]) => [Math.max(0, Math.min(a, text.length)), Math.max(0, Math.min(b, text.length))] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [];
  for (const [a, b] of clamped) {
    const last = merged.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  const segments: HighlightSegment[] = [];
  let at = 0;
  for (const [a, b] of merged) {
    if (a > at) segments.push({ text: text.slice(at, a), mark: false });
    segments.push({ text: text.slice(a, b), mark: true });
    at = b;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: false });
  return segments;
}
