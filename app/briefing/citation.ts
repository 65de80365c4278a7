import { formatDutchDate } from './dates';
import { formatParagraphs } from './locator';
import type { PassagePart, SourceRef } from './model';
import { formatOfficialCitation } from './official-citation';

/**
 * `full`: kind, title, date, Kamerstuk, alinea; `short`: the same without the title;
 * `official`: the form Dutch government documents use (./official-citation, issue 15), which needs
 * the source from officialSourceRefOf and parts with `page`/`paragraph`.
 */
export type CitationFormat = 'full' | 'short' | 'official';

/**
 * The source citation of a quoted passage, e.g.
 * `Kamerbrief "Stand van zaken", 6 januari 2026, Kamerstuk 36 045, nr. 264, alinea 4`.
 * Unknown fields are left out, never invented (no title: no quotes; no date: no date). When
 * neither kind, title nor Kamerstuk is known the file name identifies the letter. The block
 * position is "alinea N", N the 1-based index of the block among the letter's blocks.
 */
export function formatCitation(
  source: SourceRef,
  parts: ReadonlyArray<Pick<PassagePart, 'blockIndex' | 'page' | 'paragraph'>>,
  style: CitationFormat = 'full',
): string {
  if (style === 'official') return formatOfficialCitation(source, parts);
  const title = style === 'full' && source.title?.trim() ? `"${source.title.trim()}"` : null;
  const kind = source.kind?.trim() || null;
  const heading = [kind, title].filter(Boolean).join(' ');
  const date = formatDutchDate(source.date);
  const kamerstuk = source.kamerstuk?.trim() || null;
  const identified = heading || kamerstuk ? heading : source.file;
  return [identified, date, kamerstuk, formatAlinea(parts.map((part) => part.blockIndex))]
    .filter((piece): piece is string => Boolean(piece))
    .join(', ');
}

/** `alinea 4`, `alinea's 4–6` (consecutive), `alinea's 4, 6 en 9` (with gaps); `blockIndexes` 0-based. */
export function formatAlinea(blockIndexes: readonly number[]): string | null {
  return formatParagraphs(blockIndexes.map((index) => index + 1));
}
