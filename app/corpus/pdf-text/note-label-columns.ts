import { bodyWidth, continuationOf } from './note-continuation';
import { reorderPage } from './note-labels-after';
import type { PageLine } from './pages';

/**
 * Labels after the note bodies on a two-column page (issue 14). poppler's plain mode writes such a
 * page column by column, and LibreOffice sets each column's notes under that column: the first
 * column's text, its note bodies, its labels (`1`, `2`), a blank line, then the second column's
 * text, its notes and labels. Each column's foot is read as note-labels-after.ts reads a page's
 * (its labels counting up, their references in order above, the bodies split off from the end);
 * the feet found are moved to the page's end, in order, so the column texts join and the
 * numbering backbone (note-backbone.ts) reads one foot. A note that runs on under the next
 * column (its rest after that column's text: the notes' width, lower case, the note not ended,
 * note-continuation.ts) is joined again. A run of labels that does not read as a foot is left where it stands.
 */

const BARE = /^\d{1,3}$/;

/**
 * The first run of bare labels counting up by one inside the page, right below a line of text, a blank line and more text after it, no bare
 * number among its next five lines: `[from, to)`, or null.
 */
const innerRun = (page: readonly PageLine[], from: number): { from: number; to: number } | null => {
  for (let i = from; i < page.length; i++) {
    // Right below the bodies: a text line before it, not a blank line or another label.
    if (!BARE.test(page[i]!.text) || i === 0 || page[i - 1]!.text === '' || BARE.test(page[i - 1]!.text)) continue;
    let k = i;
    while (k < page.length && BARE.test(page[k]!.text) && (k === i || Number(page[k]!.text) === Number(page[k - 1]!.text) + 1)) k++;
    const after = page.slice(k).filter((l) => l.text !== '');
    // A column's text follows, not more labels a few lines on (a label set after each note's body, as in `-layout` text,
    // or a page's labels and bodies interleaved).
    const next = after.findIndex((l) => BARE.test(l.text));
    if (page[k]?.text === '' && after.some((l) => !BARE.test(l.text)) && (next < 0 || next > 4)) return { from: i, to: k };
  }
  return null;
};

/**
 * `page` without its number when that stands alone on the last line, set apart by a blank line from a run of labels
 * above (text without page breaks keeps it: `1`, `2`, blank, `1`), so that the labels end the page.
 */
const withoutPageNumber = (page: PageLine[]): PageLine[] => {
  const filled = page.flatMap((l, i) => (l.text === '' ? [] : [i]));
  const [before, last] = filled.slice(-2);
  if (before === undefined || last === undefined || last - before < 2) return page;
  return page[last]!.text === String(page[last]!.page) && BARE.test(page[before]!.text) ? page.filter((_, i) => i !== last) : page;
};

/** `page` with every column's labels-after-bodies foot read and moved to the page's end (see the module comment). */
export const columnFeet = (input: PageLine[], width: number): PageLine[] => {
  let page = withoutPageNumber(input);
  const feet: PageLine[] = [];
  let from = 0;
  for (let run = innerRun(page, from); run; run = innerRun(page, from)) {
    const segment = page.slice(0, run.to);
    const read = reorderPage(segment, width);
    const known = new Set(segment);
    // reorderPage writes each label as a new line before its body: the foot starts at the first.
    const at = read.findIndex((l) => !known.has(l));
    if (read === segment || at < 0) {
      from = run.to;
      continue;
    }
    feet.push(...read.slice(at));
    page = [...read.slice(0, at), ...page.slice(run.to)];
    from = at;
  }
  if (feet.length === 0) return reorderPage(page, width);
  // A note of the moved feet that runs on under the next column: its rest stands at the end of the text before a page number.
  let end = page.length;
  while (end > 0 && (page[end - 1]!.text === '' || BARE.test(page[end - 1]!.text))) end--;
  const known0 = new Set(input);
  const open = feet.filter((l) => l.text !== '' && !BARE.test(l.text)).map((l) => l.text);
  const rest = continuationOf(page, from, end, open, width);
  const moved = new Set(rest.map((j) => page[j]!));
  const rests = rest.map((j) => page[j]!);
  // Labels at the page's end that do not go on from the feet's (a page number under the last column) are no foot.
  const last = Math.max(...feet.filter((l) => !known0.has(l)).map((l) => Number(l.text)));
  const filled = page.filter((l) => !moved.has(l) && l.text !== '');
  const number = filled[filled.length - 1];
  const kept = page.filter((l) => !moved.has(l) && !(l === number && l.text === String(l.page) && l.page <= last));
  const tail = kept.filter((l) => l.text !== '').pop()?.text ?? '';
  const read = BARE.test(tail) && Number(tail) <= last ? kept : reorderPage(kept, width);
  const known = new Set(page);
  const at = read.findIndex((l) => !known.has(l));
  const cut = at < 0 ? read.length : at;
  return [...read.slice(0, cut), ...feet, ...rests, ...read.slice(cut)];
};

/** `lines` with every page's labels-after-bodies foot put back in reading order (note-labels-after.ts; on a two-column page each column's, columnFeet). */
export const labelsBeforeBodies = (lines: readonly PageLine[]): PageLine[] => {
  const out: PageLine[] = [];
  const width = bodyWidth(lines);
  let from = 0;
  for (let i = 1; i <= lines.length; i++)
    if (i === lines.length || lines[i]!.page !== lines[from]!.page) {
      out.push(...columnFeet(lines.slice(from, i), width));
      from = i;
    }
  return out;
};
