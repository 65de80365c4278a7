import { noteWide } from './note-interludes';
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
 * the references of `a..b` stand in order in the lines above (note-starts.ts); below the last of
 * them and above the foot's labelled notes (the line that starts note `b+1`), the `b-a+1` bodies
 * are split off from the end (splitBodies): each its last line and the lines above it that wrap
 * in the notes' smaller type (longer than a body line, not two joined), each opening as a note
 * body does (a capital, a bracket or quote, a web address; not `2. Humanitaire hulp`). A body
 * text running into the notes without a break stays body text; the first body glued to the end
 * of a body line (`waterzuiverings` + `NRC, …`) is split off it. Pages where a labelled note
 * `a-1` stands among those lines are left to the foot parser (its own split of an out-of-order label).
 * Otherwise the page is left as it is.
 */

const ENDS = /[.)!?]["'’”]*$/;
const BARE = /^\d{1,3}$/;
/** How a note body opens: a capital, a bracket or quote, a web address. */
const OPENS = /^(?:[\p{Lu}(["'‘“„]|https?:|www\.)/u;

/** A note body glued to the end of a body line (`waterzuiverings` + `NRC, …`): where it starts in `text`, or -1. */
const gluedStart = (text: string): number => {
  const m = /\p{Ll}(?=\p{Lu}[\p{Lu}\p{Ll}]*[\s,’'])/gu;
  let at = -1;
  for (const hit of text.matchAll(m)) at = hit.index + 1;
  return at;
};

/**
 * The `m` note bodies at the end of `page[from, end)`, from the last upwards: a body is its last
 * line and the lines above it that wrap in a note's smaller type (noteWide, not ending a
 * sentence); it opens as a note body does (OPENS). A body that would open mid-sentence is looked
 * for glued to the end of the body line (gluedStart), which is then split. Null when a body does
 * not open as a note: the page is left as it is (its notes reported empty, not guessed).
 */
const splitBodies = (
  page: PageLine[],
  from: number,
  end: number,
  m: number,
  width: number,
): { bodies: number[][]; split: boolean } | null => {
  let split = false;
  const bodies: number[][] = [];
  let e = end - 1;
  for (let k = 0; k < m; k++) {
    while (e >= from && page[e]!.text === '') e--;
    if (e < from) return null;
    let s = e;
    // A line ending in a stop ends the body above only when the line below opens one (`nr.` + `3050), …` is one body).
    const ended = (q: number) => ENDS.test(page[q]!.text) && OPENS.test(page[q + 1]!.text);
    while (s - 1 >= from && page[s - 1]!.text !== '' && !ended(s - 1) && noteWide(page[s - 1]!.text, width)) s--;
    // A wrapped line may fall short of the notes' width (a long word moved to the next): the body then opens higher up,
    // at a line that opens as a body and runs in the notes' width.
    for (let t = s - 1; !OPENS.test(page[s]!.text) && t >= from && page[t]!.text !== '' && !ended(t); t--)
      if (OPENS.test(page[t]!.text) && noteWide(page[t]!.text, width)) s = t;
    if (!OPENS.test(page[s]!.text)) {
      const at = k === m - 1 ? gluedStart(page[s]!.text) : -1;
      if (at < 0) return null;
      const line = page[s]!;
      page.splice(s, 1, { ...line, text: line.text.slice(0, at) }, { ...line, text: line.text.slice(at) });
      for (const b of bodies) for (let q = 0; q < b.length; q++) b[q]!++;
      s++;
      e++;
      split = true;
    }
    bodies.unshift(Array.from({ length: e - s + 1 }, (_, q) => s + q));
    e = s - 1;
  }
  return { bodies, split };
};

/** One page with its labels-after-bodies foot, if any, in reading order (see the module comment). */
export const reorderPage = (input: PageLine[], width: number): PageLine[] => {
  const page = [...input];
  const filled = page.flatMap((l, i) => (l.text === '' ? [] : [i]));
  const run: number[] = [];
  for (let k = filled.length - 1; k >= 0 && BARE.test(page[filled[k]!]!.text); k--) run.unshift(filled[k]!);
  if (run.length === 0 || run.length === filled.length) return page;
  const labels = run.map((i) => Number(page[i]!.text));
  if (labels.some((v, q) => q > 0 && v !== labels[q - 1]! + 1) || labels[0]! < 1) return page;
  const a = labels[0]!;
  const b = labels[labels.length - 1]!;
  const first = run[0]!;
  // The foot's labelled notes start at the last line that starts note `b+1`; the bodies stand above it.
  let end = first;
  for (let i = first - 1; i >= 0 && end === first; i--) if (page[i]!.text !== '' && noteStart(page[i]!.text, b + 1) !== null) end = i;
  // The unlabelled notes' references in order (`a`, …, `b`, each after the one before): the bodies stand below them
  // (a number at a body's end, `punt 7.`, is not taken for the labelled note 7's reference).
  let ref = -1;
  let at = 0;
  for (const n of labels) {
    let hit = -1;
    for (let i = at; i < end && hit < 0; i++) {
      const ends = i === 0 || page[i - 1]!.text === '' || ENDS.test(page[i - 1]!.text);
      if (refSpots(page[i]!.text, n, i, ends).length > 0) hit = i;
    }
    if (hit < 0) break;
    ref = at = hit;
  }
  if (ref < 0) return page;
  const region = page.slice(ref + 1, end);
  if (a > 1 && region.some((l) => l.text !== '' && noteStart(l.text, a - 1) !== null)) return page;
  const found = splitBodies(page, ref + 1, end, labels.length, width);
  if (!found) return input;
  const { bodies } = found;
  // A glued body split off its line: one line more before the foot.
  const shift = found.split ? 1 : 0;
  const from = bodies[0]![0]!;
  const out = page.slice(0, from);
  bodies.forEach((lines, q) => {
    out.push({ text: String(labels[q]), page: page[from]!.page }, ...lines.map((i) => page[i]!));
  });
  out.push(...page.slice(end + shift, first + shift), ...page.slice(first + shift).filter((_, q) => !run.includes(first + q)));
  return out;
};
