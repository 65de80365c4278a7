import type { Citation, Footnote, NoteAnchor } from '../../app/corpus/types';
import { CitationLink } from './CitationLink';
import { FootnoteRef } from './FootnoteRef';
import { inlineParts } from './inline-parts';

export interface InlineContext {
  notes: ReadonlyMap<string, Footnote>;
  titleOf: (file: string) => string | null;
  onOpenLetter: (file: string) => void;
}

interface Props {
  text: string;
  anchors: readonly NoteAnchor[];
  citations: readonly Citation[];
  context: InlineContext;
}

/** Block or note text with its footnote markers and citation links in place. */
export function InlineText({ text, anchors, citations, context }: Props) {
  return (
    <>
      {inlineParts(text, anchors, citations).map((part) => {
        if (part.type === 'text') return <span key={`t${part.start}`}>{part.text}</span>;
        if (part.type === 'cite') {
          return (
            <CitationLink
              key={`c${part.start}`}
              citation={part.citation}
              text={part.text}
              targetTitle={part.citation.target ? context.titleOf(part.citation.target) : null}
              onOpenLetter={context.onOpenLetter}
            />
          );
        }
        const note = context.notes.get(part.footnote);
        return note ? <FootnoteRef key={`n${part.offset}-${part.footnote}`} note={note} /> : null;
      })}
    </>
  );
}
