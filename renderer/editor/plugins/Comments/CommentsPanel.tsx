import './Comments.css';

import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { Annotation } from '../../../../app/briefing/model';
import { setUserName, useStoredUserName, useUserName } from '../../../ui/preferences';
import { CommentThread } from './CommentThread';

/**
 * The briefing's comments in the margin, each a thread (CommentThread: author, time, text and
 * replies; edit, reply, resolve, delete); above them the user's name for new comments and replies
 * (the preferences; empty, it shows the account's name it defaults to as a placeholder). A
 * comment without an author shows the user's name, else the briefing's author (`fallbackAuthor`), before "Onbekend".
 */
export const CommentsPanel = memo(function CommentsPanel({
  annotations,
  fallbackAuthor = '',
}: {
  annotations: Annotation[];
  fallbackAuthor?: string;
}) {
  const { t, i18n } = useTranslation();
  const name = useUserName();
  const stored = useStoredUserName();
  // One formatter per language, and the same `time` while it holds: the threads (memo) re-render
  // only when their comment changes, not on every keystroke in the briefing (bench:editor).
  const time = useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium', timeStyle: 'short' });
    return (iso: string) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : format.format(date);
    };
  }, [i18n.language]);
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
          <CommentThread key={annotation.id} annotation={annotation} authorFallback={name || fallbackAuthor} time={time} />
        ))}
      </ul>
    </aside>
  );
});
