import { useCallback } from 'react';

import type { Block, Letter } from '../../app/corpus/types';
import { useBriefingEditor } from '../editor/context/BriefingEditorRegistry';
import { prefetchLetter } from '../editor/plugins/Passages/letter-passage';
import { INSERT_PASSAGE_COMMAND, LETTER_PASSAGE_MIME } from '../editor/plugins/Passages/passage-transfer';
import type { ReaderRange } from './selection-range';

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

/**
 * Puts a passage on a drag's DataTransfer (call from `dragstart`): the JSON range
 * (LETTER_PASSAGE_MIME) and the plain text as a fallback; and starts fetching its letter for the
 * briefing (`prefetchLetter`), so that a drop there does not wait for main.
 */
export function writePassage(data: DataTransfer, range: ReaderRange, text: string): void {
  data.setData(LETTER_PASSAGE_MIME, JSON.stringify(range));
  data.setData('text/plain', text);
  data.effectAllowed = 'copy';
  prefetchLetter(range.file);
}

/** A function that adds a passage to the briefing at its cursor (INSERT_PASSAGE_COMMAND); nothing before the editor is there. */
export function useAddPassage(): (range: ReaderRange) => void {
  const editor = useBriefingEditor();
  return useCallback((range: ReaderRange) => void editor?.dispatchCommand(INSERT_PASSAGE_COMMAND, range), [editor]);
}
