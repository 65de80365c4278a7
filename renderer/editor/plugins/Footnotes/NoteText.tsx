import { noteTextSegments } from '../../../../app/briefing/passage-label';
import { DocLink } from '../../../reader/DocLink';
import type { EditorNote } from '../NoteNumbering/number-notes';

/**
 * A note's text in the briefing's notes list: verbatim, with a quoted note's links (kept from its
 * letter, `BriefingFootnote.links`) shown as links, as the reader shows them (DocLink: an official
 * publication opens in the browser, any other address is shown with its target as title).
 */
export function NoteText({ note }: { note: Pick<EditorNote, 'text' | 'links'> }) {
  if (!note.links?.length) return <>{note.text}</>;
  return (
    <>
      {noteTextSegments(note).map((segment, index) =>
        segment.href ? (
          <DocLink key={index} href={segment.href}>
            {segment.text}
          </DocLink>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
