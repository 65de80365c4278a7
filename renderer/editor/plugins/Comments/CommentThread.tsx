import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HISTORY_PUSH_TAG, type LexicalCommand, SKIP_DOM_SELECTION_TAG } from 'lexical';
import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Annotation, CommentReply } from '../../../../app/briefing/model';
import { InlineForm } from '../../ui/InlineForm';
import { DELETE_COMMENT_COMMAND, EDIT_COMMENT_COMMAND, REPLY_COMMENT_COMMAND, RESOLVE_COMMENT_COMMAND } from './comment-commands';

interface Props {
  annotation: Annotation;
  /** The name shown for a comment or reply saved without an author. */
  authorFallback: string;
  /** A date-time (ISO 8601) as the interface shows it. */
  time(iso: string): string;
}

/**
 * One comment with its replies in the margin: author, time and text of each, and buttons to edit,
 * answer, resolve (or reopen) and delete; every change is an editor command, so one undo step. A
 * resolved thread is shown collapsed and dimmed: its first line and how many replies it holds.
 * Edit and reply forms keep their drafts (InlineForm) under the comment's or reply's id.
 */
export const CommentThread = memo(function CommentThread({ annotation, authorFallback, time }: Props) {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const [editing, setEditing] = useState<string | null>(null);
  const [replying, setReplying] = useState(false);
  // After a form closes or the thread folds, the focus goes back to the button that led there
  // (`data-focus` names it), so a keyboard user stays in the thread.
  const [focusNext, setFocusNext] = useState<string | null>(null);
  const root = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (focusNext === null) return;
    root.current?.querySelector<HTMLElement>(`[data-focus="${focusNext}"]`)?.focus();
    setFocusNext(null);
  }, [focusNext, annotation]);
  // Its own undo step, and the DOM selection left alone so that the focus stays in the margin.
  const run = <P,>(command: LexicalCommand<P>, payload: P) =>
    editor.update(() => void editor.dispatchCommand(command, payload), { discrete: true, tag: [SKIP_DOM_SELECTION_TAG, HISTORY_PUSH_TAG] });
  const resolved = annotation.resolved ?? false;
  const replies = annotation.replies ?? [];
  const author = (name: string) => name || authorFallback || t('editor.unknownAuthor');

  const entry = (item: Annotation | CommentReply, isReply: boolean) => (
    <div className={isReply ? 'ed-comment-reply' : undefined} data-comment-entry={item.id}>
      <div className="ed-comment-head">
        <strong>{author(item.author)}</strong>
        <time dateTime={item.date}>{time(item.date)}</time>
      </div>
      {editing === item.id ? (
        <InlineForm
          draft={`comment-edit:${item.id}`}
          label={isReply ? t('editor.replyText') : t('editor.commentText')}
          submitLabel={t('editor.saveComment')}
          initialText={item.text}
          multiline
          onSubmit={(text) => {
            run(EDIT_COMMENT_COMMAND, { id: item.id, text });
            setEditing(null);
            setFocusNext(`edit:${item.id}`);
          }}
          onCancel={() => {
            setEditing(null);
            setFocusNext(`edit:${item.id}`);
          }}
        />
      ) : (
        <p className="ed-comment-text">{item.text}</p>
      )}
      {!resolved && editing !== item.id && (
        <div className="ed-comment-actions">
          <button type="button" className="ed-comment-action" data-focus={`edit:${item.id}`} onClick={() => setEditing(item.id)}>
            {isReply ? t('editor.editReply') : t('editor.editComment')}
          </button>
          <button
            type="button"
            className="ed-comment-action"
            aria-label={isReply ? t('editor.deleteReply') : t('editor.deleteComment')}
            title={isReply ? t('editor.deleteReply') : t('editor.deleteComment')}
            onClick={() => run(DELETE_COMMENT_COMMAND, item.id)}
          >
            {t('editor.delete')}
          </button>
        </div>
      )}
    </div>
  );

  return (
    <li ref={root} className={resolved ? 'ed-comment ed-comment-resolved' : 'ed-comment'} data-comment={annotation.id}>
      {resolved ? (
        <div className="ed-comment-head">
          <strong>{author(annotation.author)}</strong>
          <span className="ed-comment-summary">{annotation.text.split('\n')[0]}</span>
          <span className="ed-comment-badge">
            {replies.length > 0 ? t('editor.resolvedWithReplies', { count: replies.length }) : t('editor.resolved')}
          </span>
        </div>
      ) : (
        <>
          {entry(annotation, false)}
          {replies.length > 0 && (
            <ul className="ed-comment-replies" aria-label={t('editor.replies')}>
              {replies.map((reply) => (
                <li key={reply.id}>{entry(reply, true)}</li>
              ))}
            </ul>
          )}
          {replying && (
            <InlineForm
              draft={`comment-reply:${annotation.id}`}
              label={t('editor.replyText')}
              submitLabel={t('editor.addReply')}
              multiline
              onSubmit={(text) => {
                run(REPLY_COMMENT_COMMAND, { id: annotation.id, text });
                setReplying(false);
                setFocusNext('reply');
              }}
              onCancel={() => {
                setReplying(false);
                setFocusNext('reply');
              }}
            />
          )}
        </>
      )}
      <div className="ed-comment-actions">
        {!resolved && !replying && (
          <button type="button" className="ed-comment-action" data-focus="reply" onClick={() => setReplying(true)}>
            {t('editor.reply')}
          </button>
        )}
        <button
          type="button"
          className="ed-comment-action"
          data-focus="resolve"
          onClick={() => {
            run(RESOLVE_COMMENT_COMMAND, { id: annotation.id, resolved: !resolved });
            setFocusNext('resolve');
          }}
        >
          {resolved ? t('editor.reopenComment') : t('editor.resolveComment')}
        </button>
      </div>
    </li>
  );
});
