import type { Block } from '../corpus/types';
import type { PassagePart } from './model';

/**
 * Where in a letter a quote stands, as its source citation gives it (issue 15): the page for a
 * letter that has pages (read from PDF), otherwise the paragraph, counted over the body
 * paragraphs only, so that the salutation, headings, the reference column, the closing and the
 * signature do not count. The reader numbers paragraphs the same way, so a locator can be checked.
 */

const NOT_BODY: ReadonlySet<Block['kind']> = new Set(['reference', 'salutation', 'heading', 'closing', 'signature']);

/** Whether a block is a body paragraph (paragraph, list item, question, answer, table). */
export const isBodyParagraph = (block: Pick<Block, 'kind'>): boolean => !NOT_BODY.has(block.kind);

/**
 * The 1-based body-paragraph number of every block of a letter, in block order; null for blocks
 * that are not body paragraphs. `[salutation, paragraph, heading, paragraph]` → `[null, 1, null, 2]`.
 */
export function bodyParagraphNumbers(blocks: ReadonlyArray<Pick<Block, 'kind'>>): Array<number | null> {
  let count = 0;
  return blocks.map((block) => (isBodyParagraph(block) ? ++count : null));
}

/** `p. 3`, `p. 3-4` (first to last page; pages are 1-based). Null for no pages. */
export function formatPages(pages: readonly number[]): string | null {
  if (pages.length === 0) return null;
  const first = Math.min(...pages);
  const last = Math.max(...pages);
  return first === last ? `p. ${first}` : `p. ${first}-${last}`;
}

/** `alinea 4`, `alinea's 4–6` (consecutive), `alinea's 4, 6 en 9`; numbers 1-based. Null for none. */
export function formatParagraphs(paragraphs: readonly number[]): string | null {
  const numbers = [...new Set(paragraphs)].sort((a, b) => a - b);
  if (numbers.length === 0) return null;
  if (numbers.length === 1) return `alinea ${numbers[0]}`;
  const first = numbers[0]!;
  const last = numbers[numbers.length - 1]!;
  if (last - first === numbers.length - 1) return `alinea's ${first}–${last}`;
  return `alinea's ${numbers.slice(0, -1).join(', ')} en ${last}`;
}

/**
 * A passage's locator from its parts' `page` / `paragraph` (set by createPassage for official
 * citations): the pages when every part has one, else the body paragraphs, else null (a quoted
 * heading alone has neither).
 */
export function formatLocator(parts: ReadonlyArray<Pick<PassagePart, 'page' | 'paragraph'>>): string | null {
  const pages = parts.flatMap((part) => (part.page ? [part.page] : []));
  if (pages.length > 0 && pages.length === parts.length) return formatPages(pages);
  return formatParagraphs(parts.flatMap((part) => (part.paragraph ? [part.paragraph] : [])));
}
