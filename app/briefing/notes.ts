import type { BodyBlock, Briefing, Inline } from './model';

/** One numbered note as printed: a footnote reference or, in `footnote` citation style, a passage's citation. */
export interface NumberedNote {
  number: number;
  kind: 'quote' | 'user' | 'citation';
  text: string;
  /** `BriefingFootnote.id` for `quote`/`user` notes; the passage id for `citation` notes. */
  ref: string;
}

/** The inline content of a block, in document order (passage parts concatenated). */
export function blockInlines(block: BodyBlock): Inline[] {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return block.children;
    case 'list':
      return block.items.flatMap((item) => item.children);
    case 'passage':
      return block.parts.flatMap((part) => part.children);
  }
}

/**
 * Numbers every note in document order, 1-based, one number per reference occurrence
 * (Word and print number each reference anew). A passage's citation note, in `footnote`
 * style, follows the passage's own notes. A reference to an unknown footnote id is skipped.
 */
export function numberNotes(briefing: Briefing): NumberedNote[] {
  const byId = new Map(briefing.footnotes.map((note) => [note.id, note]));
  const notes: NumberedNote[] = [];
  for (const block of briefing.body) {
    for (const inline of blockInlines(block)) {
      if (inline.type !== 'footnote-ref') continue;
      const note = byId.get(inline.footnote);
      if (!note) continue;
      notes.push({ number: notes.length + 1, kind: note.origin, text: note.text, ref: note.id });
    }
    if (block.type === 'passage' && briefing.citationStyle === 'footnote' && block.citation) {
      notes.push({ number: notes.length + 1, kind: 'citation', text: block.citation, ref: block.id });
    }
  }
  return notes;
}
