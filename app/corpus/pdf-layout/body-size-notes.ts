import type { LayoutLine } from './lines';

/**
 * Notes set at the body's size (issue 14; pandoc → Word → LibreOffice sets them at 12 pt like the
 * text): not known by a smaller size, but by a label set small and raised opening the line
 * (lines.ts `raisedLead`), after a gap (the separator) wider than 1.35 × the run's leading, and by
 * the numbering: the first label is the number after the last note so far and was referenced in
 * the text before it; from there to the run's end every label follows the one before. Above the
 * first label, when the last note so far stopped mid-sentence, the block of lines at ordinary
 * leading after such a gap continues it (a note running over the page). Returns the index in
 * `run` where the foot starts, or null when the run has no such foot.
 */
export const bodySizeFoot = (
  run: readonly LayoutLine[],
  lastLabel: number,
  unfinished: boolean,
  referenced: ReadonlySet<number>,
): number | null => {
  const gaps = run
    .slice(1)
    .map((l, i) => run[i]!.y - l.y)
    .filter((d) => d > 0);
  const leading = [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)] ?? 0;
  if (leading <= 0) return null;
  const seen = new Set(referenced);
  let first = -1;
  for (const [i, l] of run.entries()) {
    if (l.raisedLead && l.lead === lastLabel + 1 && seen.has(l.lead) && (i === 0 || run[i - 1]!.y - l.y > leading * 1.35)) {
      first = i;
      break;
    }
    for (const r of l.refs) seen.add(r);
  }
  if (first < 0) return null;
  let label = lastLabel;
  for (const l of run.slice(first)) {
    if (!l.raisedLead) continue;
    if (l.lead !== label + 1) return null;
    label++;
  }
  if (!unfinished || first === 0) return first;
  let top = first - 1;
  while (top > 0 && run[top - 1]!.y - run[top]!.y <= leading * 1.2) top--;
  return top > 0 && run[top - 1]!.y - run[top]!.y > leading * 1.35 && /[.!?:]$/.test(run[top - 1]!.text) ? top : first;
};
