import './Comments.css';

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useTranslation } from 'react-i18next';

import type { Annotation } from '../../../../app/briefing/model';
import { DELETE_COMMENT_COMMAND } from './comment-commands';

/** The briefing's comments in the margin: author, time and text, each deletable (DELETE_COMMENT_COMMAND). */
export function CommentsPanel({ annotations }: { annotations: Annotation[] }) {
  const { t, i18n } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const time = (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime())
      ? iso
      : date.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium', timeStyle: 'short' });
  };
  return (
    <aside className="ed-comments" aria-label={t('editor.comments')}>
      <h3 className="ed-panel-title">{t('editor.comments')}</h3>
      {annotations.length === 0 && <p className="muted">{t('editor.noComments')}</p>}
      <ul className="ed-comment-list">
        {annotations.map((annotation) => (
          <li key={annotation.id} className="ed-comment" data-comment={annotation.id}>
            <div className="ed-comment-head">
              <strong>{annotation.author || t('editor.unknownAuthor')}</strong>
              <time dateTime={annotation.date}>{time(annotation.date)}</time>
              <button
                type="button"
                className="ed-comment-delete"
                aria-label={t('editor.deleteComment')}
                title={t('editor.deleteComment')}
                onClick={() => editor.dispatchCommand(DELETE_COMMENT_COMMAND, annotation.id)}
              >
                ✕
              </button>
            </div>
            <p className="ed-comment-text">{annotation.text}</p>
          </li>
        ))}
      </ul>
    </aside>
  );
}
