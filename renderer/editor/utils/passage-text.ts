import type { Passage } from '../../../app/briefing/model';
import { partIndentLevel, partLabel } from '../../../app/briefing/passage-label';
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

/**
 * A paragraph as other programs get it: a quoted list item's label printed apart (passage-label.ts,
 * as the briefing shows it) before its words, a space after it.
 */
function paragraphWithLabel(parts: Passage['parts']): string {
  const label = partLabel(parts[0]!);
  return `${label ? `${label} ` : ''}${paragraphDisplayText(parts)}`;
}

/** The quoted words alone (paragraphs on their own lines, no list labels): what the word count counts. */
export function passagePlainText(passage: Passage): string {
  return quoteParagraphs(passage).map(paragraphDisplayText).join('\n');
}

/**
 * The passage as plain text for copying and for other programs: paragraphs on their own lines, a
 * quoted list item with its label and a tab per level before it, as the briefing shows them.
 */
export function passageCopyText(passage: Passage): string {
  return quoteParagraphs(passage)
    .map((parts) => '\t'.repeat(partIndentLevel(parts[0]!)) + paragraphWithLabel(parts))
    .join('\n');
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The passage for other programs: a blockquote with its source citation underneath; a quoted list
 * item's paragraph with its label and one list step (18 pt) further in per level.
 */
export function passageHtml(passage: Passage): string {
  const parts = quoteParagraphs(passage)
    .map((paragraph) => {
      const level = partIndentLevel(paragraph[0]!);
      return `<p${level > 0 ? ` style="margin-left:${18 * level}pt"` : ''}>${escapeHtml(paragraphWithLabel(paragraph))}</p>`;
    })
    .join('');
  return `<blockquote>${parts}</blockquote><p><cite>${escapeHtml(passage.citation)}</cite></p>`;
}

/** Plain text with the citation, as a drag to another program carries it. */
export function passageTextWithCitation(passage: Passage): string {
  return `${passageCopyText(passage)}\n(${passage.citation})`;
}
