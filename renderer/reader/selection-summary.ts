import { bodyParagraphNumbers } from '../../app/briefing/locator';
import type { Block, BlockKind } from '../../app/corpus/types';
import type { ReaderRange } from './selection-range';

/**
 * What a reader selection holds, in the terms the status line speaks (issue 21.5):
 * - `sentences`/`words`: within one block; sentences when at least one whole sentence is selected
 *   (then every sentence the selection touches counts), otherwise the words;
 * - `blocks`: across blocks, with the first and last body-paragraph number it touches;
 * - `table`: within one table block (`Block.cells`): `whole` when all its text is selected, `rows`
 *   the rows the selection touches of the table's `total`, `count` the words selected (sentence ends
 *   mean nothing across cells, so a table is never counted in sentences).
 * `paragraph` is the block's body-paragraph number as the sources count it (app/briefing/locator:
 * salutation, headings, reference column, closing and signature do not count), null for such a
 * block; `kind` then says which it is.
 */
export type SelectionSummary =
  | { unit: 'sentences' | 'words'; count: number; paragraph: number | null; kind: BlockKind }
  | { unit: 'blocks'; count: number; first: number | null; last: number | null }
  | { unit: 'table'; whole: boolean; rows: number; total: number; count: number; paragraph: number | null };

type SummaryBlock = Pick<Block, 'id' | 'kind' | 'text' | 'cells'>;

// A short word before a full stop that does not end a sentence: titles, "nr.", "blz.", "o.a.", "bijv.".
const ABBREVIATION =
  /(?:^|[\s(.])(?:\p{L}|mr|dr|drs|ir|ing|prof|nr|nrs|blz|art|jl|resp|dhr|mw|bijv|o\.a|d\.w\.z|e\.d|m\.b\.t|t\.a\.v|i\.p\.v|vs|ca|p|pp|e\.g|i\.e|no|st|cf)\.$/iu;

/**
 * The sentences of `text` as `[start, end)` UTF-16 ranges, whitespace between them left out. A
 * sentence ends at `.`, `!`, `?` or `…` (closing quotes and brackets kept with it) before white
 * space and a capital or an opening quote; a full stop after an initial or a known abbreviation
 * (`R.P.`, `mr.`, `nr.`, `o.a.`) ends none.
 */
export function sentenceSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const boundary = /[.!?…]+["'”’)\]]*(?=\s+["'“‘(]?\p{Lu})/gu;
  let start = text.search(/\S/);
  if (start < 0) return spans;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && !m[0].startsWith('..') && ABBREVIATION.test(text.slice(Math.max(0, start), m.index + 1))) continue;
    if (end > start) spans.push([start, end]);
    start = end + (/^\s*/.exec(text.slice(end))?.[0].length ?? 0);
  }
  const last = text.trimEnd().length;
  if (last > start) spans.push([start, last]);
  return spans;
}

/** The number of words in `text`: runs of letters and digits, hyphenated and apostrophe forms as one. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** `[start, end)` without the white space at either edge of `text`'s slice. */
function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

/** Summarises a reader range over the letter's blocks; null when its blocks are not in `blocks`. */
export function summariseSelection(blocks: readonly SummaryBlock[], range: ReaderRange): SelectionSummary | null {
  const startIndex = blocks.findIndex((b) => b.id === range.start.block);
  const endIndex = blocks.findIndex((b) => b.id === range.end.block);
  if (startIndex < 0 || endIndex < startIndex) return null;
  const numbers = bodyParagraphNumbers(blocks);
  if (endIndex > startIndex) {
    const touched = numbers.slice(startIndex, endIndex + 1).filter((n): n is number => n !== null);
    return { unit: 'blocks', count: endIndex - startIndex + 1, first: touched[0] ?? null, last: touched[touched.length - 1] ?? null };
  }
  const block = blocks[startIndex]!;
  const paragraph = numbers[startIndex] ?? null;
  const [start, end] = trimmed(block.text, range.start.offset, Math.min(range.end.offset, block.text.length));
  if (block.kind === 'table' && block.cells) return tableSummary(block.text, block.cells, start, end, paragraph);
  const spans = sentenceSpans(block.text).filter(([s, e]) => s < end && e > start);
  const whole = spans.filter(([s, e]) => start <= s && e <= end).length;
  if (whole > 0) return { unit: 'sentences', count: spans.length, paragraph, kind: block.kind };
  return { unit: 'words', count: countWords(block.text.slice(start, end)), paragraph, kind: block.kind };
}

/** A selection `[start, end)` (trimmed) within a table block's text: whole or which rows, and its words. */
function tableSummary(
  text: string,
  cells: NonNullable<Block['cells']>,
  start: number,
  end: number,
  paragraph: number | null,
): SelectionSummary {
  const rows = cells.filter((row) => row.length > 0 && row[0]!.start < end && row[row.length - 1]!.end > start).length;
  const [first, last] = trimmed(text, 0, text.length);
  const whole = start <= first && end >= last;
  return { unit: 'table', whole, rows: Math.max(rows, 1), total: cells.length, count: countWords(text.slice(start, end)), paragraph };
}
