import { NoBreakHyphen, Paragraph, TextRun } from 'docx';

import type { Inline, TextInline } from '../../briefing/model';
import { withNoBreaks } from '../common/no-break';
import type { BodyContext, DraftItem } from './draft';
import { LINK_RUN_PROPS } from './hyperlink';
import { type RunProps, wRun, wText } from './wml';

/**
 * The content of a run: the text with parliamentary numbers bound (common/no-break: a no-break
 * space, and Word's own non-breaking hyphen `w:noBreakHyphen`, ECMA-376 §17.3.3.18, for a
 * hyphen), so `36 045` or `21 501-20` never breaks over two lines. For docx's notes and comments.
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
 * boundText as run content XML for the body (wml.ts): `w:t` pieces around `<w:noBreakHyphen/>`.
 * With `bind` false (a hyperlink's text) the text as typed, in one `w:t`.
 */
export function boundTextXml(text: string, bind = true): string {
  const bound = bind ? withNoBreaks(text) : text;
  if (!bound.includes('\u2011')) return wText(bound);
  return bound
    .split('\u2011')
    .map((part, index) => (index === 0 ? '' : '<w:noBreakHyphen/>') + (part === '' ? '' : wText(part)))
    .join('');
}

/**
 * Text runs for one text inline (w:r with w:b / w:i, and from version 2 w:u single, w:strike and
 * w:vertAlign subscript/superscript, ECMA-376 §17.3.2; a link's run in the link look, LINK_RUN).
 * A `\n` inside the text (a soft line break in the editor) becomes a line break (w:br) rather
 * than a new paragraph. A link's text stays as typed (no no-break characters). Run XML (wml.ts).
 */
export function textRuns(
  inline: Pick<TextInline, 'text' | 'bold' | 'italic' | 'underline' | 'strikethrough' | 'subscript' | 'superscript' | 'link'>,
): string[] {
  const props: RunProps = {
    ...(inline.bold ? { bold: true } : {}),
    ...(inline.italic ? { italics: true } : {}),
    ...(inline.strikethrough ? { strike: true } : {}),
    ...(inline.link ? LINK_RUN_PROPS : {}),
    ...(inline.underline ? { underline: true } : {}),
    ...(inline.subscript ? { subScript: true } : {}),
    ...(inline.superscript ? { superScript: true } : {}),
  };
  return inline.text.split('\n').map((text, index) => wRun(props, (index > 0 ? '<w:br/>' : '') + boundTextXml(text, !inline.link)));
}

/**
 * Draft items for a run of inlines: text runs with their annotation ids, and footnote references.
 * Consecutive runs with the same `link` and the same annotation ids are one w:hyperlink (hyperlink.ts).
 */
export function inlineItems(inlines: Inline[], context: BodyContext): DraftItem[] {
  const items: DraftItem[] = [];
  let open: { link: string; comments: readonly string[]; runs: string[] } | null = null;
  const close = (): void => {
    if (open) items.push({ child: context.links.hyperlink(open.link, open.runs.join('')), comments: open.comments });
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
      const reference = context.notes.footnote(inline.footnote);
      if (reference) items.push({ child: reference, comments: [], note: true });
    }
  }
  close();
  return items;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

/** A paragraph of plain text (footnote and comment bodies, which docx writes). */
export function plainParagraph(text: string, style?: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ children: boundText(text) })], ...(style ? { style } : {}) });
}
