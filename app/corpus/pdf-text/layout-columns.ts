/**
 * Two-column pages in layout-preserving extractions (poppler's `pdftotext -layout`, issue 14):
 * such an extractor prints the columns side by side, a row of the left column and the row of the
 * right column beside it on one line. The gutter is the character column where the right column
 * starts: on at least two lines a run of two or more spaces ends there (within 2 characters),
 * after left text that fills most of the way to it (60%) and before right text of 15 characters or
 * more (prose, not a page number or a short label). The lines around those that cross no gutter
 * position (text standing in it) belong to the columns as well, up to two blank lines in a row
 * (the gap above the notes) or a line that crosses it (a title across the page). That stretch is
 * read column by column: the left parts in order, then the right parts; blank lines are kept in
 * each column, and what stands above and below it is left as it is. A page without such a gutter is
 * returned unchanged (the same array).
 */

/** Where a line's right column would start for a gutter near `at`: the end of a 2+ space run, or -1. */
const splitNear = (line: string, at: number): number => {
  for (let p = Math.max(2, at - 2); p <= at + 2 && p < line.length; p++)
    if (line[p] !== ' ' && line[p - 1] === ' ' && line[p - 2] === ' ') return p;
  return -1;
};

/** The positions where a run of 2+ spaces ends after filled left text and before 15+ characters. */
const sideBySide = (line: string): number[] => {
  const out: number[] = [];
  for (const m of line.matchAll(/\S( {2,})(?=\S)/g)) {
    const p = m.index + 1 + m[1]!.length;
    const left = line.slice(0, m.index + 1).trim();
    if (left.length >= p * 0.6 && line.slice(p).trim().length >= 15) out.push(p);
  }
  return out;
};

/** The gutter of a page's lines: the right column's start, or null (see the module comment). */
const gutterOf = (lines: readonly string[]): number | null => {
  const count = new Map<number, number>();
  for (const line of lines) for (const p of sideBySide(line)) count.set(p, (count.get(p) ?? 0) + 1);
  let best: { at: number; n: number } | null = null;
  for (const at of count.keys()) {
    let n = 0;
    for (let d = -2; d <= 2; d++) n += count.get(at + d) ?? 0;
    if (n >= 2 && at >= 20 && (!best || n > best.n)) best = { at, n };
  }
  return best?.at ?? null;
};

/** Reads a page's two-column stretch column by column (see the module comment). */
export const readLayoutColumns = (lines: string[]): string[] => {
  if (!lines.some((l) => /\S {2,}\S/.test(l))) return lines;
  const at = gutterOf(lines);
  if (at === null) return lines;
  // A line fits the columns when nothing stands in the gutter: it ends before it, or splits there, or starts right of it.
  const part = (line: string): { left: string; right: string } | null => {
    if (line.trimEnd().length <= at - 2) return { left: line.trimEnd(), right: '' };
    const split = splitNear(line, at);
    if (split >= 0) return { left: line.slice(0, split).trimEnd(), right: line.slice(split).trim() };
    const indent = line.length - line.trimStart().length;
    return indent >= at - 2 ? { left: '', right: line.trim() } : null;
  };
  const paired = lines.flatMap((l, i) => (sideBySide(l).some((p) => Math.abs(p - at) <= 2) ? [i] : []));
  const stops = (i: number, step: number): boolean =>
    part(lines[i]!) === null || (lines[i]!.trim() === '' && lines[i + step]?.trim() === '');
  let from = paired[0]!;
  while (from > 0 && !stops(from - 1, -1)) from--;
  let to = paired[paired.length - 1]! + 1;
  while (to < lines.length && !stops(to, 1)) to++;
  // Blank lines at the stretch's ends stay where they are.
  while (lines[from]!.trim() === '') from++;
  while (lines[to - 1]!.trim() === '') to--;
  const parts = lines.slice(from, to).map((l) => part(l));
  if (parts.some((p) => p === null)) return lines;
  const column = (side: 'left' | 'right') => {
    const text = parts.map((p) => p![side]);
    // Blank rows at a column's ends say nothing about its paragraphs.
    while (text[0] === '') text.shift();
    while (text[text.length - 1] === '') text.pop();
    return text;
  };
  return [...lines.slice(0, from), ...column('left'), ...column('right'), ...lines.slice(to)];
};
