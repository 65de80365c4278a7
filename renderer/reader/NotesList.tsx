import { useTranslation } from 'react-i18next';

import type { Letter } from '../../app/corpus/types';
import { type InlineContext, InlineText } from './InlineText';

interface Props {
  letter: Letter;
  context: InlineContext;
}

/** All footnotes at the end of the letter, numbered as the letter numbers them, citations and a Word note's hyperlinks linked. */
export function NotesList({ letter, context }: Props) {
  const { t } = useTranslation();
  if (letter.footnotes.length === 0) return null;
  return (
    <section className="notes" aria-labelledby="reader-notes-heading">
      <h3 id="reader-notes-heading">{t('reader.footnotes')}</h3>
      <ol className="notes-list">
        {letter.footnotes.map((note) => (
          <li key={note.id} id={`note-${note.id}`} className="note" tabIndex={-1}>
            <span className="note-label">{note.label}</span>
            <span className="note-text">
              <InlineText
                text={note.text}
                anchors={[]}
                citations={letter.citations.filter((c) => c.footnote === note.id)}
                links={note.links}
                context={context}
              />
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
