import './Footnotes.css';

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';

import { useEditorUi, useStore } from '../../context/EditorUiContext';
import { scrollIntoViewSettled } from '../../utils/scroll-settled';
import { $removeUserFootnote } from './footnote-edit';

/**
 * The notes under the briefing, numbered in document order: quote notes verbatim, own notes,
 * citations. The user's own notes can be edited (click on the text, or the ✎ button) and deleted.
 */
// memo: the workspace re-renders on every edit (its revision); the notes only when their store changes.
export const FootnoteArea = memo(function FootnoteArea() {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const ui = useEditorUi();
  const { notes } = useStore(ui.numbering);
  const editing = useStore(ui.editingFootnote);
  const kindLabel = {
    quote: t('editor.footnoteKindQuote'),
    user: t('editor.footnoteKindUser'),
    citation: t('editor.footnoteKindCitation'),
  };
  const remove = (key: string) => editor.update(() => void $removeUserFootnote(key));
  // From a note to where it stands in the text (its reference, or the passage it belongs to).
  // Instant, not smooth: the blocks on the way are laid out lazily, the scroll is corrected as they settle.
  const reveal = (key: string) => {
    const element = editor.getElementByKey(key);
    if (element) scrollIntoViewSettled(element, { block: 'center' });
  };
  return (
    <section className="ed-notes" aria-label={t('editor.footnotesRegion')}>
      <h3 className="ed-panel-title">{t('editor.footnotes')}</h3>
      {notes.length === 0 ? (
        <p className="muted">{t('editor.noFootnotes')}</p>
      ) : (
        <ol className="ed-notes-list">
          {notes.map((note) => {
            const user = note.kind === 'user';
            return (
              <li
                key={`${note.nodeKey}-${note.number}`}
                value={note.number}
                className={`ed-note is-${note.kind}${user && editing === note.nodeKey ? ' is-editing' : ''}`}
                data-kind={note.kind}
              >
                <button
                  type="button"
                  className="ed-note-label"
                  aria-label={t('editor.revealFootnote', { number: note.number })}
                  title={t('editor.revealFootnote', { number: note.number })}
                  onClick={() => reveal(note.nodeKey)}
                >
                  {note.number}
                </button>
                <span
                  className="ed-note-text"
                  title={user ? t('editor.editFootnoteHint') : undefined}
                  onClick={user ? () => ui.editingFootnote.set(note.nodeKey) : undefined}
                >
                  {note.text}
                </span>
                <span className="ed-note-kind">{kindLabel[note.kind]}</span>
                {user && (
                  <span className="ed-note-actions">
                    <button
                      type="button"
                      className="ed-note-action"
                      aria-label={t('editor.editFootnote', { number: note.number })}
                      title={t('editor.editFootnote', { number: note.number })}
                      onClick={() => ui.editingFootnote.set(note.nodeKey)}
                    >
                      ✎
                    </button>
                    <button
                      type="button"
                      className="ed-note-action"
                      aria-label={t('editor.deleteFootnoteNumbered', { number: note.number })}
                      title={t('editor.deleteFootnoteNumbered', { number: note.number })}
                      onClick={() => remove(note.nodeKey)}
                    >
                      ✕
                    </button>
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
});
