import { type Message, message } from '../../ipc/messages';

/**
 * The warning that lines were removed as page furniture that may have been body text (issue 14):
 * both PDF readers remove running headers and footers by their repetition at the page edge, and
 * say so on the letter when a removed line is not obviously furniture. Obviously furniture, and
 * not reported: a page number or a line counting with the pages (`Pagina 3 van 9`), and a line
 * that stands apart from the body (its own block at the page edge in extracted text, a gap wider
 * than the line spacing in a native PDF) without ending a sentence. Everything else removed
 * (a line ending with `.`, `!` or `?`; a line joined to the body with no blank line or gap but
 * the page's outermost line) is counted: `pdf.furniture-removed` with `count` and `example`, the
 * first such line as printed (at most 80 characters). None when nothing is in doubt, so a letter
 * with only page numbers and a running header or letterhead carries no warning.
 */
export const furnitureWarning = (removed: readonly { text: string; obvious: boolean }[]): Message | null => {
  const doubtful = removed.filter((r) => !r.obvious && r.text.trim() !== '');
  if (doubtful.length === 0) return null;
  const text = doubtful[0]!.text.trim().replace(/\s+/g, ' ');
  return message('pdf.furniture-removed', { count: doubtful.length, example: text.length > 80 ? `${text.slice(0, 79)}…` : text });
};
