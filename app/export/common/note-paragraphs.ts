import type { NoteLink } from '../../briefing/model';
import { type NoteTextSegment, noteTextSegments } from '../../briefing/passage-label';

/**
 * A note's or comment's text split into its paragraphs: the corpus joins the paragraphs of a
 * multi-paragraph note with `\n` (shared/corpus/FORMATS.md), and both exporters print each as a
 * paragraph of its own. Trailing carriage returns (`\r\n` files) are dropped.
 */
export function noteParagraphs(text: string): string[] {
  return text.split('\n').map((line) => line.replace(/\r$/, ''));
}

/**
 * A note's paragraphs (as noteParagraphs) each as its stretches of plain text and link text
 * (`BriefingFootnote.links`, see noteTextSegments): a link is cut where a paragraph ends. Every
 * paragraph has at least one segment (an empty one for an empty paragraph), and the segments'
 * texts of a paragraph joined equal noteParagraphs' line.
 */
export function noteParagraphSegments(text: string, links: readonly NoteLink[] | undefined): NoteTextSegment[][] {
  const paragraphs: NoteTextSegment[][] = [[]];
  for (const segment of noteTextSegments({ text, links: links ? [...links] : undefined })) {
    segment.text.split('\n').forEach((piece, index) => {
      if (index > 0) paragraphs.push([]);
      if (piece !== '') paragraphs.at(-1)!.push({ ...segment, text: piece });
    });
  }
  return paragraphs.map((segments) => {
    const last = segments.at(-1);
    // The line's trailing carriage return (`\r\n` files), as noteParagraphs drops it.
    if (last?.text.endsWith('\r')) {
      const text = last.text.slice(0, -1);
      segments = text === '' ? segments.slice(0, -1) : [...segments.slice(0, -1), { ...last, text }];
    }
    return segments.length > 0 ? segments : [{ text: '' }];
  });
}
