import { DossierError } from '../ipc/errors';
import { message } from '../ipc/messages';
import type { Inline, Passage, PassagePart } from './model';

/**
 * Narrows one part of a passage to `[newStart, newEnd)` (offsets in the source block, within the
 * part's current range). The kept words stay verbatim; `omittedBefore`/`omittedAfter` are set when
 * words were cut (cutting only spaces or punctuation is no omission). Footnote refs whose anchor
 * falls outside the kept range (`newStart < o <= newEnd`) are dropped; their ids are returned so the
 * caller can remove notes no longer referenced. Run formatting and comment ids are preserved.
 */
export function trimPassage(
  passage: Passage,
  partIndex: number,
  newStart: number,
  newEnd: number,
): { passage: Passage; droppedFootnotes: string[] } {
  const part = passage.parts[partIndex];
  if (!part) throw new DossierError('invalid-range', message('trim.no-part', { part: partIndex + 1 }));
  if (!Number.isInteger(newStart) || !Number.isInteger(newEnd) || newStart < part.start || newEnd > part.end || newEnd <= newStart) {
    const range = { start: newStart, end: newEnd, partStart: part.start, partEnd: part.end };
    throw new DossierError('invalid-range', message('trim.invalid-range', range));
  }
  const cutBefore = part.text.slice(0, newStart - part.start);
  const cutAfter = part.text.slice(newEnd - part.start);
  const { children, dropped } = sliceChildren(part, newStart, newEnd);
  const trimmed: PassagePart = {
    ...part,
    start: newStart,
    end: newEnd,
    text: part.text.slice(newStart - part.start, newEnd - part.start),
    children,
    omittedBefore: part.omittedBefore || hasWords(cutBefore),
    omittedAfter: part.omittedAfter || hasWords(cutAfter),
  };
  const parts = passage.parts.map((candidate, index) => (index === partIndex ? trimmed : candidate));
  return { passage: { ...passage, parts }, droppedFootnotes: dropped };
}

const hasWords = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

/** Walks the part's inlines with their source offsets, keeping what lies in the new range. */
function sliceChildren(part: PassagePart, newStart: number, newEnd: number): { children: Inline[]; dropped: string[] } {
  const children: Inline[] = [];
  const dropped: string[] = [];
  let offset = part.start;
  for (const inline of part.children) {
    if (inline.type === 'footnote-ref') {
      // The ref stands right after the text before it: its anchor offset is the current offset.
      if (offset > newStart && offset <= newEnd) children.push(inline);
      else dropped.push(inline.footnote);
      continue;
    }
    const runStart = offset;
    const runEnd = offset + inline.text.length;
    offset = runEnd;
    const from = Math.max(runStart, newStart);
    const to = Math.min(runEnd, newEnd);
    if (to <= from) continue;
    children.push({ ...inline, text: inline.text.slice(from - runStart, to - runStart) });
  }
  return { children, dropped };
}
