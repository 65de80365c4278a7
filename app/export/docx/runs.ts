import { NoBreakHyphen, Paragraph, TextRun, UnderlineType } from 'docx';

import type { Inline, TextInline } from '../../briefing/model';
import { withNoBreaks } from '../common/no-break';
import type { DraftItem } from './draft';
import type { NoteSequence } from './footnotes';
import { docxHyperlink, LINK_RUN } from './hyperlink';

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
 * Text runs for one text inline (w:r with w:b / w:i, and from version 2 w:u single, w:strike and
 * w:vertAlign subscript/superscript, ECMA-376 §17.3.2; a link's run in the link look, LINK_RUN).
 * A `\n` inside the text (a soft line break in the editor) becomes a line break (w:br) rather
 * than a new paragraph.
 */
export function textRuns(
  inline: Pick<TextInline, 'text' | 'bold' | 'italic' | 'underline' | 'strikethrough' | 'subscript' | 'superscript' | 'link'>,
): TextRun[] {
  return inline.text.split('\n').map(
    (text, index) =>
      new TextRun({
        children: boundText(text),
        ...(inline.bold ? { bold: true } : {}),
        ...(inline.italic ? { italics: true } : {}),
        ...(inline.link ? LINK_RUN : {}),
        ...(inline.underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
        ...(inline.strikethrough ? { strike: true } : {}),
        ...(inline.subscript ? { subScript: true } : {}),
        ...(inline.superscript ? { superScript: true } : {}),
        ...(index > 0 ? { break: 1 } : {}),
      }),
  );
}

/**
 * Draft items for a run of inlines: text runs with their annotation ids, and footnote references.
 * Consecutive runs with the same `link` and the same annotation ids are one w:hyperlink (hyperlink.ts).
 */
export function inlineItems(inlines: Inline[], notes: NoteSequence): DraftItem[] {
  const items: DraftItem[] = [];
  let open: { link: string; comments: readonly string[]; runs: TextRun[] } | null = null;
  const close = (): void => {
    if (open) items.push({ child: docxHyperlink(open.link, open.runs), comments: open.comments });
    open = null;
  };
  for (const inline of inlines) {
    if (inline.type === 'text') {
      if (inline.text === '') continue;
      const comments = inline.comments ?? [];
      if (!inline.link) {
        close();
        for (const run of textRuns(inline)) items.push({ child: run, comments });
        continue;
      }
      if (open && (open.link !== inline.link || !sameIds(open.comments, comments))) close();
      open ??= { link: inline.link, comments, runs: [] };
      open.runs.push(...textRuns(inline));
    } else {
      close();
      const reference = notes.footnote(inline.footnote);
      if (reference) items.push({ child: reference, comments: [] });
    }
  }
  close();
  return items;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

/** A paragraph of plain text (footnote and comment bodies). */
export function plainParagraph(text: string, style?: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ children: boundText(text) })], ...(style ? { style } : {}) });
}
