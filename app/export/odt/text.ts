import type { Inline, TextInline } from '../../briefing/model';
import { withNoBreaks } from '../common/no-break';
import { odtHyperlink } from './hyperlink';
import type { OdtNotes } from './notes';
import { SPAN, spanStyle } from './spans';
import { odfText } from './xml';

export { SPAN } from './spans';

/** Text as paragraph content with parliamentary numbers bound (U+00A0, U+2011; common/no-break). */
export function noBreakText(text: string): string {
  return odfText(withNoBreaks(text));
}

/** One piece of a paragraph and the annotation ids whose range covers it. */
export interface OdtItem {
  xml: string;
  comments: readonly string[];
  note?: boolean;
  /** While items are gathered: the link address and its content so far (inlineItems wraps them in text:a). */
  link?: string;
  content?: string;
}

/** A paragraph under construction: its opening and closing markup (list wrappers included) and its items. */
export interface OdtParagraph {
  open: string;
  close: string;
  items: OdtItem[];
}

/** A run of text, in a span when bold or italic. */
export function textItem(text: string, bold = false, italic = false, comments: readonly string[] = []): OdtItem {
  return formattedItem({ text, bold, italic }, comments);
}

/** A run of text in the span of its formats (spans.ts), if any; a link's text (`bind` false) as typed. */
function formattedItem(run: Omit<TextInline, 'type' | 'link' | 'comments'>, comments: readonly string[], bind = true): OdtItem {
  const style = spanStyle(run);
  const xml = bind ? noBreakText(run.text) : odfText(run.text);
  return { xml: style ? `<text:span text:style-name="${style}">${xml}</text:span>` : xml, comments };
}

/**
 * Items for a run of inlines: text with its annotation ids, footnote references as native notes,
 * a superscript comma between two consecutive notes (`¹,²`, as the other exports). Consecutive
 * runs with the same `link` and annotation ids are one text:a (hyperlink.ts).
 */
export function inlineItems(inlines: Inline[], notes: OdtNotes): OdtItem[] {
  const items: OdtItem[] = [];
  for (const inline of inlines) {
    if (inline.type === 'text') {
      if (inline.text === '') continue;
      const { type: _type, link, comments = [], ...run } = inline;
      const item = formattedItem(run, comments, !link);
      const previous = items.at(-1);
      if (link && previous?.link === link && sameIds(previous.comments, comments)) previous.content += item.xml;
      else if (link) items.push({ ...item, link, content: item.xml });
      else items.push(item);
      continue;
    }
    const note = notes.footnote(inline.footnote);
    if (note) items.push({ xml: note, comments: [], note: true });
  }
  return items.map(({ link, content, ...item }) => (link && content !== undefined ? { ...item, xml: odtHyperlink(link, content) } : item));
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
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
