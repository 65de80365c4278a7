import { useTranslation } from 'react-i18next';

import type { Block } from '../../app/corpus/types';
import { NON_TEXT_ATTR } from './selection-range';

/** The Word comments on a block, beside it: who, on which words, what. Never part of the quotable text. */
export function BlockComments({ block }: { block: Block }) {
  const { t } = useTranslation();
  if (!block.comments?.length) return null;
  return (
    <aside className="block-comments" aria-label={t('reader.comments')} {...{ [NON_TEXT_ATTR]: '' }}>
      {block.comments.map((c, i) => (
        <p key={i} className="block-comment">
          <span className="block-comment-on">{t('reader.commentOn', { author: c.author, range: block.text.slice(c.start, c.end) })}</span>{' '}
          {c.text}
        </p>
      ))}
    </aside>
  );
}
