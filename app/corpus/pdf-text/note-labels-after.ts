import { noteStart, refSpots } from './note-starts';
import type { PageLine } from './pages';

/**
 * Note labels written after their note bodies (issue 14). poppler's plain mode writes text in the
 * PDF's drawing order, and LibreOffice draws a page's note labels after the note texts: the page
 * ends in a column of bare numbers (`1`, `2`) below bodies that stand unlabelled between the
 * body text and the page's labelled notes, if any (`3`, `Deze toelichting …`). Such a page is put
 * back in reading order, each label before its body, so that the numbering backbone
 * (note-backbone.ts) reads it like any other foot.
 *
 * Evidence, all required: the page's last lines are bare numbers counting up by one (`a..b`);
 * a line above holds a reference candidate for one of them or for a labelled note of the page
 * (note-starts.ts); between the last such
 * line and the foot's labelled notes (the line that starts note `b+1`, or the labels themselves)
 * stand at least `b-a+1` runs of lines, a run ending at a blank line or a line that ends a
 * sentence (the labelled notes start at the last line that starts note `b+1`); the last runs are the
 * bodies, one each, in order, each opening as a note body does (a capital, a bracket or quote, a web
 * address; not `2. Humanitaire hulp`, a heading that the body's run swept along). Pages where a labelled note `a-1`
 * stands among those lines are left to the foot parser (its own split of an out-of-order label).
 * Otherwise the page is left as it is.
 */

const ENDS = /[.)!?]["'’”]*$/;
const BARE = /^\d{1,3}$/;
/** How a note body opens: a capital, a bracket or quote, a web address. */
const OPENS = /^(?:[\p{Lu}(["'‘“„]|https?:|www\.)/u;

const reorderPage = (page: PageLine[]): PageLine[] => {
  const filled = page.flatMap((l, i) => (l.text === '' ? [] : [i]));
  const run: number[] = [];
  for (let k = filled.length - 1; k >= 0 && BARE.test(page[filled[k]!]!.text); k--) run.unshift(filled[k]!);
  if (run.length === 0 || run.length === filled.length) return page;
  const labels = run.map((i) => Number(page[i]!.text));
  if (labels.some((v, q) => q > 0 && v !== labels[q - 1]! + 1) || labels[0]! < 1) return page;
  const a = labels[0]!;
  const b = labels[labels.length - 1]!;
  const first = run[0]!;
  // The page's labelled notes after the bodies (`b+1`, …): their references stand above the bodies too.
  let last = b;
  while (page.slice(0, first).some((l) => l.text !== '' && noteStart(l.text, last + 1) !== null)) last++;
  const numbers = Array.from({ length: last - a + 1 }, (_, q) => a + q);
  // The foot's labelled notes start at the last line that starts note `b+1`; the bodies stand above it.
  let end = first;
  for (let i = first - 1; i >= 0 && end === first; i--) if (page[i]!.text !== '' && noteStart(page[i]!.text, b + 1) !== null) end = i;
  let ref = -1;
  for (let i = end - 1; i >= 0 && ref < 0; i--) {
    const ends = i === 0 || page[i - 1]!.text === '' || ENDS.test(page[i - 1]!.text);
    if (numbers.some((n) => refSpots(page[i]!.text, n, i, ends).length > 0)) ref = i;
  }
  if (ref < 0) return page;
  const region = page.slice(ref + 1, end);
  if (a > 1 && region.some((l) => l.text !== '' && noteStart(l.text, a - 1) !== null)) return page;
  const runs: number[][] = [];
  let open = false;
  region.forEach((l, q) => {
    if (l.text === '') {
      open = false;
      return;
    }
    if (!open) runs.push([]);
    runs[runs.length - 1]!.push(ref + 1 + q);
    open = !ENDS.test(l.text);
  });
  if (runs.length < labels.length) return page;
  const bodies = runs.slice(-labels.length);
  if (bodies.some((lines) => !OPENS.test(page[lines[0]!]!.text))) return page;
  const from = bodies[0]![0]!;
  const out = page.slice(0, from);
  bodies.forEach((lines, q) => {
    out.push({ text: String(labels[q]), page: page[from]!.page }, ...lines.map((i) => page[i]!));
  });
  out.push(...page.slice(end, first), ...page.slice(first).filter((_, q) => !run.includes(first + q)));
  return out;
};

/** `lines` with every page's labels-after-bodies foot put back in reading order (see the module comment). */
export const labelsBeforeBodies = (lines: readonly PageLine[]): PageLine[] => {
  const out: PageLine[] = [];
  let from = 0;
  for (let i = 1; i <= lines.length; i++)
    if (i === lines.length || lines[i]!.page !== lines[from]!.page) {
      out.push(...reorderPage(lines.slice(from, i)));
      from = i;
    }
  return out;
};
