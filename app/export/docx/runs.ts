import { NoBreakHyphen, Paragraph, TextRun } from 'docx';

import type { Inline, TextInline } from '../../briefing/model';
import { withNoBreaks } from '../common/no-break';
import type { DraftItem } from './draft';
import type { NoteSequence } from './footnotes';

/**
 * The content of a run: the text with parliamentary numbers bound (common/no-break: a no-break
 * space, and Word's own non-breaking hyphen `w:noBreakHyphen`, ECMA-376 §17.3.3.18, for a
 * hyphen), so `36 045` or `21 501-20` never breaks over two lines.
 */
export function boundText(text: string): Array<string | NoBreakHyphen> {
  const bound = withNoBreaks(text);
  if (!bound.includes('\u2011')) return [bound];
  return bound
    .split('\u2011')
    .flatMap((part, index) => (index === 0 ? [part] : [new NoBreakHyphen(), part]))
    .filter((child) => child !== '');
}

/**
 * Text runs for one text inline (w:r with w:b / w:i). A `\n` inside the text (a soft line break
 * in the editor) becomes a line break (w:br) rather than a new paragraph.
 */
export function textRuns(inline: Pick<TextInline, 'text' | 'bold' | 'italic'>): TextRun[] {
  return inline.text.split('\n').map(
    (text, index) =>
      new TextRun({
        children: boundText(text),
        ...(inline.bold ? { bold: true } : {}),
        ...(inline.italic ? { italics: true } : {}),
        ...(index > 0 ? { break: 1 } : {}),
      }),
  );
}

/** Draft items for a run of inlines: text runs with their annotation ids, and footnote references. */
export function inlineItems(inlines: Inline[], notes: NoteSequence): DraftItem[] {
  const items: DraftItem[] = [];
  for (const inline of inlines) {
    if (inline.type === 'text') {
      if (inline.text === '') continue;
      const comments = inline.comments ?? [];
      for (const run of textRuns(inline)) items.push({ child: run, comments });
    } else {
      const reference = notes.footnote(inline.footnote);
      if (reference) items.push({ child: reference, comments: [] });
    }
  }
  return items;
}

/** A paragraph of plain text (footnote and comment bodies). */
export function plainParagraph(text: string, style?: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ children: boundText(text) })], ...(style ? { style } : {}) });
}
