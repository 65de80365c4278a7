import { DossierError } from '../ipc/errors';
import { message } from '../ipc/messages';
import { recomputedCitation } from './citation-recompute';
import type { Passage, PassagePart } from './model';
import { trimPassage } from './trim';

/**
 * A point in a quoted passage, in source terms: the quoted block's index in the letter
 * (`PassagePart.blockIndex`) and a UTF-16 offset into that block's text. Parts of a passage are in
 * source order, so points compare as `(blockIndex, offset)` pairs.
 */
export interface PassagePoint {
  blockIndex: number;
  offset: number;
}

/** The quoted words between two points, as part indexes and source offsets within those parts. */
interface PartSpan {
  first: number;
  from: number;
  last: number;
  to: number;
}

const before = (a: PassagePoint, b: PassagePoint): boolean =>
  a.blockIndex < b.blockIndex || (a.blockIndex === b.blockIndex && a.offset < b.offset);

/** Finds the quoted words between `from` and `to` (either order); null when no quoted word lies between. */
function spanOf(passage: Passage, a: PassagePoint, b: PassagePoint): PartSpan | null {
  const [from, to] = before(b, a) ? [b, a] : [a, b];
  const parts = passage.parts;
  const first = parts.findIndex((part) => before(from, { blockIndex: part.blockIndex, offset: part.end }));
  const last = parts.findLastIndex((part) => before({ blockIndex: part.blockIndex, offset: part.start }, to));
  if (first < 0 || last < 0 || last < first) return null;
  const fromOffset = parts[first]!.blockIndex === from.blockIndex ? Math.max(from.offset, parts[first]!.start) : parts[first]!.start;
  const toOffset = parts[last]!.blockIndex === to.blockIndex ? Math.min(to.offset, parts[last]!.end) : parts[last]!.end;
  if (first === last && toOffset <= fromOffset) return null;
  return { first, from: fromOffset, last, to: toOffset };
}

const space = (part: PassagePart, offset: number): boolean => /\s/u.test(part.text[offset - part.start] ?? '');

/** The span grown over the white space around it (within its outer parts), so a cut leaves no double space. */
function widened(parts: readonly PassagePart[], span: PartSpan): PartSpan {
  const first = parts[span.first]!;
  const last = parts[span.last]!;
  let { from, to } = span;
  while (from > first.start && space(first, from - 1)) from--;
  while (to < last.end && space(last, to)) to++;
  return { ...span, from, to };
}

/** The span shrunk past the white space at its ends, so kept words do not start or end with a space. */
function narrowed(parts: readonly PassagePart[], span: PartSpan): PartSpan {
  const first = parts[span.first]!;
  const last = parts[span.last]!;
  let { from, to } = span;
  while (from < first.end && space(first, from) && (span.first !== span.last || from + 1 < to)) from++;
  while (to > last.start && space(last, to - 1) && (span.first !== span.last || to - 1 > from)) to--;
  return { ...span, from, to };
}

const noWords = (): DossierError => new DossierError('invalid-range', message('trim.no-words'));
const nothingLeft = (): DossierError => new DossierError('invalid-range', message('trim.nothing-left'));

/** The note ids a passage refers to, in order. */
export function passageNoteIds(passage: Passage): string[] {
  return passage.parts.flatMap((part) => part.children.flatMap((inline) => (inline.type === 'footnote-ref' ? [inline.footnote] : [])));
}

/** `part` narrowed to `[start, end)` by `trimPassage`, its omission marks forced on where asked. */
function slice(part: PassagePart, start: number, end: number, mark: { before?: boolean; after?: boolean }): PassagePart {
  const narrowed = trimPassage({ parts: [part] } as Passage, 0, start, end).passage.parts[0]!;
  return {
    ...narrowed,
    omittedBefore: narrowed.omittedBefore || Boolean(mark.before),
    omittedAfter: narrowed.omittedAfter || Boolean(mark.after),
  };
}

/**
 * Keeps only the quoted words between two points ("Alleen selectie behouden"): parts before and
 * after are left out, the outer parts narrowed (see `trimPassage`; white space at the selection's
 * ends is not kept); "[…]" marks what went.
 * Returns the new passage and the ids of notes no longer referenced. Throws `invalid-range` when
 * no quoted word lies between the points.
 */
export function keepPassageRange(passage: Passage, a: PassagePoint, b: PassagePoint): { passage: Passage; droppedFootnotes: string[] } {
  const found = spanOf(passage, a, b);
  if (!found) throw noWords();
  const span = narrowed(passage.parts, found);
  const { first, last } = span;
  const kept = passage.parts.slice(first, last + 1).map((part, index) => {
    const start = index === 0 ? span.from : part.start;
    const end = index === last - first ? span.to : part.end;
    return slice(part, start, end, { before: index === 0 && first > 0, after: index === last - first && last < passage.parts.length - 1 });
  });
  return withDropped(passage, kept);
}

/**
 * Leaves the quoted words between two points out of the passage ("Selectie weglaten"), anywhere:
 * at the start, at the end or in the middle. A cut inside one part splits it into two parts of the
 * same source block, each still a verbatim slice (`omittedAfter` on the first, `omittedBefore` on
 * the second; shown as one "[…]", see `quoteParagraphs`). Notes whose markers fall in the cut words
 * leave with them (a marker at offset `o` belongs to the words before it). White space around the
 * cut goes with it, so "[…]" stands between single spaces. Returns the new
 * passage and the dropped note ids. Throws `invalid-range` when the points hold no quoted word or
 * when nothing of the passage would be left.
 */
export function cutPassageRange(passage: Passage, a: PassagePoint, b: PassagePoint): { passage: Passage; droppedFootnotes: string[] } {
  const found = spanOf(passage, a, b);
  if (!found) throw noWords();
  const span = widened(passage.parts, found);
  const parts = passage.parts;
  const firstPart = parts[span.first]!;
  const lastPart = parts[span.last]!;
  const left = span.from > firstPart.start ? slice(firstPart, firstPart.start, span.from, { after: true }) : null;
  const right = span.to < lastPart.end ? slice(lastPart, span.to, lastPart.end, { before: true }) : null;
  const previous = parts.slice(0, span.first);
  const next = parts.slice(span.last + 1);
  if (!left && !right) {
    // Whole parts went: the neighbour on either side carries the mark.
    if (previous.length > 0) previous[previous.length - 1] = { ...previous[previous.length - 1]!, omittedAfter: true };
    else if (next.length > 0) next[0] = { ...next[0]!, omittedBefore: true };
  }
  const kept = [...previous, ...(left ? [left] : []), ...(right ? [right] : []), ...next];
  if (kept.length === 0) throw nothingLeft();
  return withDropped(passage, kept);
}

/** The trimmed passage (its citation's locator following the parts kept) and the notes it no longer refers to. */
function withDropped(passage: Passage, parts: PassagePart[]): { passage: Passage; droppedFootnotes: string[] } {
  const next = { ...passage, parts, citation: recomputedCitation(passage, parts) };
  const still = new Set(passageNoteIds(next));
  return { passage: next, droppedFootnotes: [...new Set(passageNoteIds(passage))].filter((id) => !still.has(id)) };
}

/**
 * The paragraphs a passage is shown and exported as: consecutive parts quoting the same source
 * block (left by a cut in the middle, see `cutPassageRange`) form one paragraph, printed with one
 * "[…]" between them; every other part is a paragraph of its own.
 */
export function quoteParagraphs(passage: Pick<Passage, 'parts'>): PassagePart[][] {
  const paragraphs: PassagePart[][] = [];
  passage.parts.forEach((part, index) => {
    const previous = passage.parts[index - 1];
    if (previous && previous.block === part.block && previous.end <= part.start) paragraphs.at(-1)!.push(part);
    else paragraphs.push([part]);
  });
  return paragraphs;
}

/**
 * True when `trimmed` can have come from `original` by trimming only: every part quotes a block the
 * original quotes, within one of the original's parts, verbatim (its text that part's text at the
 * same offsets), and the parts keep source order without overlapping. The editor checks this
 * before it replaces a passage with a trimmed one.
 */
export function isTrimOf(original: Passage, trimmed: Passage): boolean {
  if (trimmed.parts.length === 0) return false;
  let previous: PassagePoint = { blockIndex: -1, offset: 0 };
  for (const part of trimmed.parts) {
    const host = original.parts.find(
      (candidate) => candidate.block === part.block && candidate.start <= part.start && part.end <= candidate.end,
    );
    if (!host || part.end <= part.start) return false;
    if (part.text !== host.text.slice(part.start - host.start, part.end - host.start)) return false;
    const words = part.children.map((inline) => (inline.type === 'text' ? inline.text : '')).join('');
    if (words !== part.text) return false;
    if (before({ blockIndex: part.blockIndex, offset: part.start }, previous)) return false;
    previous = { blockIndex: part.blockIndex, offset: part.end };
  }
  return true;
}
