import './Footnotes.css';

import { useTranslation } from 'react-i18next';

import { useEditorUi, useStore } from '../../context/EditorUiContext';

/** The notes under the briefing, numbered in document order: quote notes verbatim, own notes, citations. */
export function FootnoteArea() {
  const { t } = useTranslation();
  const { notes } = useStore(useEditorUi().numbering);
  const kindLabel = { quote: t('editor.noteKindQuote'), user: t('editor.noteKindUser'), citation: t('editor.noteKindCitation') };
  return (
    <section className="ed-notes" aria-label={t('editor.notes')}>
      <h3 className="ed-notes-title">{t('editor.notes')}</h3>
      {notes.length === 0 ? (
        <p className="muted">{t('editor.noNotes')}</p>
      ) : (
        <ol className="ed-notes-list">
          {notes.map((note) => (
            <li key={`${note.nodeKey}-${note.number}`} value={note.number} className={`ed-note is-${note.kind}`} data-kind={note.kind}>
              <span className="ed-note-label">{note.number}</span>
              <span className="ed-note-text">{note.text}</span>
              <span className="ed-note-kind">{kindLabel[note.kind]}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
