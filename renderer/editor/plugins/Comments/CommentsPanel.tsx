import './Comments.css';

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useTranslation } from 'react-i18next';

import type { Annotation } from '../../../../app/briefing/model';
import { setUserName, useStoredUserName, useUserName } from '../../../ui/preferences';
import { DELETE_COMMENT_COMMAND } from './comment-commands';

/**
 * The briefing's comments in the margin: author, time and text, each deletable
 * (DELETE_COMMENT_COMMAND); above them the user's name for new comments (the preferences; empty,
 * it shows the account's name it defaults to as a placeholder). A
 * comment without an author shows the user's name, else the briefing's author (`fallbackAuthor`), before "Onbekend".
 */
export function CommentsPanel({ annotations, fallbackAuthor = '' }: { annotations: Annotation[]; fallbackAuthor?: string }) {
  const { t, i18n } = useTranslation();
  const name = useUserName();
  const stored = useStoredUserName();
  const [editor] = useLexicalComposerContext();
  const time = (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime())
      ? iso
      : date.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium', timeStyle: 'short' });
  };
  return (
    <aside className="ed-comments" aria-label={t('editor.commentsRegion')}>
      <h3 className="ed-panel-title">{t('editor.comments')}</h3>
      <label className="ed-comment-author">
        {t('editor.userName')}
        <input type="text" value={stored} placeholder={name} autoComplete="name" onChange={(event) => setUserName(event.target.value)} />
      </label>
      {annotations.length === 0 && <p className="muted">{t('editor.noComments')}</p>}
      <ul className="ed-comment-list">
        {annotations.map((annotation) => (
          <li key={annotation.id} className="ed-comment" data-comment={annotation.id}>
            <div className="ed-comment-head">
              <strong>{annotation.author || name || fallbackAuthor || t('editor.unknownAuthor')}</strong>
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
