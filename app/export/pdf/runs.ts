import type { Inline } from '../../briefing/model';
import type { NoteCounter } from './footnotes';
import { externalLink, LINK_COLOR } from './hyperlink';
import type { LinkTarget, Run } from './layout';
import type { StyleName } from './styles';
import { fontKey, STYLES, SUPERSCRIPT } from './styles';
import { SUBSCRIPT } from './text-decoration';

/** A plain run in a paragraph style, with the style's own bold/italic. */
export function styledRun(text: string, style: StyleName, extra: Partial<Run> = {}): Run {
  const s: { size: number; color: string; bold?: boolean; italic?: boolean } = STYLES[style];
  return { text, font: fontKey(s.bold, s.italic), size: s.size, color: s.color, ...extra };
}

/** The link from a footnote reference to its note (the note's first line is the named destination). */
export function noteLink(number: number): LinkTarget {
  return { destination: `voetnoot-${number}`, description: `Naar voetnoot ${number}` };
}

/** A superscript footnote number, sized after the paragraph style, linked to its note. */
export function noteRefRun(number: number, style: StyleName): Run {
  const s = STYLES[style];
  return {
    text: String(number),
    font: 'regular',
    size: s.size * SUPERSCRIPT.scale,
    color: s.color,
    noteNumber: number,
    link: noteLink(number),
  };
}

/**
 * `runs` with a superscript comma between every two consecutive footnote numbers, so that
 * references 1 and 2 read `¹,²` and not as 12 (as the Word export and the editor write them).
 */
export function withNoteCommas(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const previous = out.at(-1);
    if (run.noteNumber !== undefined && previous?.noteNumber !== undefined) {
      out.push({ text: ',', font: previous.font, size: previous.size, color: previous.color, superscript: true });
    }
    out.push(run);
  }
  return out;
}

/**
 * Text runs and footnote references of a block as runs: a run is bold or italic when the style
 * or the run says so (as Word applies direct formatting over a style); underline, strike-through,
 * sub- and superscript as the run says (text-decoration.ts), a link blue, underlined and with its
 * URI annotation (hyperlink.ts); references take the
 * next number from the counter, in `numberNotes` order.
 */
export function inlineRuns(inlines: Inline[], style: StyleName, notes: NoteCounter): Run[] {
  const s: { size: number; color: string; bold?: boolean; italic?: boolean } = STYLES[style];
  const runs: Run[] = [];
  for (const inline of inlines) {
    if (inline.type === 'text') {
      if (inline.text === '') continue;
      const script = inline.superscript ? SUPERSCRIPT.scale : inline.subscript ? SUBSCRIPT.scale : 1;
      const run: Run = {
        text: inline.text,
        font: fontKey(s.bold || inline.bold, s.italic || inline.italic),
        size: s.size * script,
        color: inline.link ? LINK_COLOR : s.color,
      };
      if (inline.superscript) run.superscript = true;
      if (inline.subscript) run.subscript = true;
      if (inline.underline || inline.link) run.underline = true;
      if (inline.strikethrough) run.strikethrough = true;
      if (inline.link) run.link = externalLink(inline.link);
      if (inline.comments?.length) run.comments = inline.comments;
      runs.push(run);
    } else {
      const number = notes.take(inline.footnote, false);
      if (number !== undefined) runs.push(noteRefRun(number, style));
    }
  }
  return runs;
}

/** The plain text of inlines (for bookmarks). */
export function plainText(inlines: Inline[]): string {
  return inlines.map((inline) => (inline.type === 'text' ? inline.text : '')).join('');
}
