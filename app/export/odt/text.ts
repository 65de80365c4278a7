import type { Inline } from '../../briefing/model';
import { withNoBreaks } from '../common/no-break';
import type { OdtNotes } from './notes';
import { odfText } from './xml';

/** Automatic text styles of content.xml: bold, italic, both, and the raised comma between note references. */
export const SPAN = { bold: 'T_Vet', italic: 'T_Cursief', boldItalic: 'T_VetCursief', superscript: 'T_Superschrift' } as const;

/** Text as paragraph content with parliamentary numbers bound (U+00A0, U+2011; common/no-break). */
export function noBreakText(text: string): string {
  return odfText(withNoBreaks(text));
}

/** One piece of a paragraph and the annotation ids whose range covers it. */
export interface OdtItem {
  xml: string;
  comments: readonly string[];
  note?: boolean;
}

/** A paragraph under construction: its opening and closing markup (list wrappers included) and its items. */
export interface OdtParagraph {
  open: string;
  close: string;
  items: OdtItem[];
}

/** A run of text, in a span when bold or italic. */
export function textItem(text: string, bold = false, italic = false, comments: readonly string[] = []): OdtItem {
  const style = bold ? (italic ? SPAN.boldItalic : SPAN.bold) : italic ? SPAN.italic : undefined;
  const xml = noBreakText(text);
  return { xml: style ? `<text:span text:style-name="${style}">${xml}</text:span>` : xml, comments };
}

/**
 * Items for a run of inlines: text with its annotation ids, footnote references as native notes,
 * a superscript comma between two consecutive notes (`¹,²`, as the other exports).
 */
export function inlineItems(inlines: Inline[], notes: OdtNotes): OdtItem[] {
  const items: OdtItem[] = [];
  for (const inline of inlines) {
    if (inline.type === 'text') {
      if (inline.text !== '') items.push(textItem(inline.text, inline.bold, inline.italic, inline.comments ?? []));
      continue;
    }
    const note = notes.footnote(inline.footnote);
    if (note) items.push({ xml: note, comments: [], note: true });
  }
  return items;
}

/** `items` with the raised comma between consecutive notes. */
export function withNoteCommas(items: OdtItem[]): OdtItem[] {
  const out: OdtItem[] = [];
  for (const item of items) {
    const previous = out.at(-1);
    if (item.note && previous?.note) out.push({ xml: `<text:span text:style-name="${SPAN.superscript}">,</text:span>`, comments: [] });
    out.push(item);
  }
  return out;
}
