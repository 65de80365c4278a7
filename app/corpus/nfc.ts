import type { RawParagraph } from './raw-paragraph';
import type { Footnote } from './types';

/**
 * A paragraph in Unicode Normalization Form C (UAX #15): `e` + U+0308 becomes `ë`, so search,
 * verbatim checks and the exports see one character where the source file had two. Footnote
 * anchors, links, comments and table cells keep pointing at the same characters: the text is
 * normalised piece by piece between those offsets (a piece boundary inside a combining sequence
 * leaves that one sequence as it was). Returns the paragraph itself when it is NFC already.
 */
export const nfcParagraph = (p: RawParagraph): RawParagraph => {
  if (p.text.normalize('NFC') === p.text) return p;
  const cuts = new Set<number>([0, p.text.length]);
  for (const note of p.notes) cuts.add(note.offset);
  for (const range of [...(p.links ?? []), ...(p.comments ?? []), ...(p.cells ?? []).flat()]) cuts.add(range.start).add(range.end);
  const sorted = [...cuts].filter((cut) => cut >= 0 && cut <= p.text.length).sort((a, b) => a - b);
  const moved = new Map<number, number>([[0, 0]]);
  let text = '';
  for (let index = 1; index < sorted.length; index++) {
    text += p.text.slice(sorted[index - 1], sorted[index]).normalize('NFC');
    moved.set(sorted[index] as number, text.length);
  }
  const at = (offset: number) => moved.get(offset) ?? offset;
  const out: RawParagraph = { ...p, text, notes: p.notes.map((note) => ({ ...note, offset: at(note.offset) })) };
  if (p.links) out.links = p.links.map((link) => ({ ...link, start: at(link.start), end: at(link.end) }));
  if (p.comments)
    out.comments = p.comments.map((comment) => ({
      ...comment,
      start: at(comment.start),
      end: at(comment.end),
      text: comment.text.normalize('NFC'),
    }));
  if (p.cells) out.cells = p.cells.map((row) => row.map((cell) => ({ ...cell, start: at(cell.start), end: at(cell.end) })));
  return out;
};

/** A footnote with its text in Unicode Normalization Form C (see nfcParagraph). */
export const nfcFootnote = (note: Footnote): Footnote => {
  if (note.text.normalize('NFC') === note.text) return note;
  if (!note.links) return { ...note, text: note.text.normalize('NFC') };
  const { text, links } = nfcParagraph({ text: note.text, notes: [], links: note.links });
  return { ...note, text, links: links ?? [] };
};
