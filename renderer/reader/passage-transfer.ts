import type { Block, Letter } from '../../app/corpus/types';
import type { ReaderRange } from './selection-range';

/** DataTransfer type carrying a passage from the reader to the briefing editor (JSON `ReaderRange`). */
export const PASSAGE_MIME = 'application/x-dossier-passage';
/** Window CustomEvent asking the briefing editor to add a passage; `detail` is a `ReaderRange`. */
export const ADD_PASSAGE_EVENT = 'dossier:add-passage';

/** The whole block as a passage. */
export function blockRange(file: string, block: Block): ReaderRange {
  return { file, start: { block: block.id, offset: 0 }, end: { block: block.id, offset: block.text.length } };
}

/** The letter text a range covers: one slice per block, blocks separated by a blank line. */
export function rangeText(letter: Letter, range: ReaderRange): string {
  const first = letter.blocks.findIndex((b) => b.id === range.start.block);
  const last = letter.blocks.findIndex((b) => b.id === range.end.block);
  if (first < 0 || last < first) return '';
  const parts: string[] = [];
  for (let i = first; i <= last; i++) {
    const text = letter.blocks[i]!.text;
    parts.push(text.slice(i === first ? range.start.offset : 0, i === last ? range.end.offset : text.length));
  }
  return parts.join('\n\n');
}

/** Puts a passage on a drag's DataTransfer: the JSON range and the plain text as a fallback. */
export function writePassage(data: DataTransfer, range: ReaderRange, text: string): void {
  data.setData(PASSAGE_MIME, JSON.stringify(range));
  data.setData('text/plain', text);
  data.effectAllowed = 'copy';
}

/** Asks the briefing editor to add the passage at its cursor. */
export function dispatchAddPassage(range: ReaderRange): void {
  window.dispatchEvent(new CustomEvent<ReaderRange>(ADD_PASSAGE_EVENT, { detail: range }));
}
