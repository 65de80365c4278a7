import type { ReactNode } from 'react';

import { publicationUrl } from '../../app/corpus/publication-url';
import type { Citation, Footnote, NoteAnchor, TextLink } from '../../app/corpus/types';
import { CitationLink } from './CitationLink';
import { DocLink } from './DocLink';
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
  /** Hyperlinks of a block read from a Word file (ranges of `text`). */
  links?: readonly TextLink[];
  context: InlineContext;
}

/** Wraps a part lying inside a Word hyperlink in its link. */
const linked = (href: string | undefined, key: string, node: ReactNode): ReactNode =>
  href === undefined ? (
    node
  ) : (
    <DocLink key={key} href={href}>
      {node}
    </DocLink>
  );

/** Block or note text with its footnote markers, citation links and Word hyperlinks in place. */
export function InlineText({ text, anchors, citations, links, context }: Props) {
  return (
    <>
      {inlineParts(text, anchors, citations, links).map((part) => {
        if (part.type === 'text') return linked(part.href, `l${part.start}`, <span key={`t${part.start}`}>{part.text}</span>);
        if (part.type === 'cite') {
          // A citation of a letter in the corpus or of a publication is a link of its own; a link is never put inside a link.
          return linked(
            part.citation.target || publicationUrl(part.citation.key) ? undefined : part.href,
            `l${part.start}`,
            <CitationLink
              key={`c${part.start}`}
              citation={part.citation}
              text={part.text}
              targetTitle={part.citation.target ? context.titleOf(part.citation.target) : null}
              onOpenLetter={context.onOpenLetter}
            />,
          );
        }
        const note = context.notes.get(part.footnote);
        return note ? <FootnoteRef key={`n${part.offset}-${part.footnote}`} note={note} /> : null;
      })}
    </>
  );
}
