import type { Passage } from '../../../app/briefing/model';
import { quoteParagraphs } from '../../../app/briefing/trim-range';

/** The omission mark put where a trimmed passage leaves words out. */
export const OMISSION = '[…]';

/** One part of a passage as displayed: the quoted words, with "[…]" where words were cut. */
export function partDisplayText(part: Passage['parts'][number]): string {
  return `${part.omittedBefore ? `${OMISSION} ` : ''}${part.text}${part.omittedAfter ? ` ${OMISSION}` : ''}`;
}

/** One paragraph of a passage as displayed: its parts joined by "[…]" where words were cut between them (see `quoteParagraphs`). */
function paragraphDisplayText(parts: Passage['parts']): string {
  const first = parts[0]!;
  const last = parts.at(-1)!;
  const words = parts.map((part) => part.text).join(` ${OMISSION} `);
  return `${first.omittedBefore ? `${OMISSION} ` : ''}${words}${last.omittedAfter ? ` ${OMISSION}` : ''}`;
}

/** The passage as plain text (paragraphs on their own lines), for copying and for other programs. */
export function passagePlainText(passage: Passage): string {
  return quoteParagraphs(passage).map(paragraphDisplayText).join('\n');
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The passage for other programs: a blockquote with its source citation underneath. */
export function passageHtml(passage: Passage): string {
  const parts = quoteParagraphs(passage)
    .map((paragraph) => `<p>${escapeHtml(paragraphDisplayText(paragraph))}</p>`)
    .join('');
  return `<blockquote>${parts}</blockquote><p><cite>${escapeHtml(passage.citation)}</cite></p>`;
}

/** Plain text with the citation, as a drag to another program carries it. */
export function passageTextWithCitation(passage: Passage): string {
  return `${passagePlainText(passage)}\n(${passage.citation})`;
}
