import { Paragraph, TextRun } from 'docx';

import type { Inline, TextInline } from '../../briefing/model';
import type { DraftItem } from './draft';
import type { NoteSequence } from './footnotes';

/**
 * Text runs for one text inline (w:r with w:b / w:i). A `\n` inside the text (a soft line break
 * in the editor) becomes a line break (w:br) rather than a new paragraph.
 */
export function textRuns(inline: Pick<TextInline, 'text' | 'bold' | 'italic'>): TextRun[] {
  return inline.text.split('\n').map(
    (text, index) =>
      new TextRun({
        text,
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
  return new Paragraph({ children: [new TextRun(text)], ...(style ? { style } : {}) });
}
