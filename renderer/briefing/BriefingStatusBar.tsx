import type { LexicalEditor } from 'lexical';
import { useTranslation } from 'react-i18next';

import { useBriefingCounts } from './use-briefing-counts';

/** The briefing's status bar: its words (a tooltip splits own text and quotes) and its pages as the PDF export sets them. */
export function BriefingStatusBar({ editor }: { editor: LexicalEditor }) {
  const { t } = useTranslation();
  const { words, pages } = useBriefingCounts(editor);
  return (
    // No role="status": the pane's one status region is the notice bar; these counts change with every edit.
    <div className="briefing-statusbar">
      <span className="briefing-words" title={t('find.wordsSplit', { own: words.own, quoted: words.quoted })}>
        {t('find.words', { count: words.own + words.quoted })}
      </span>
      <span className="briefing-pages" title={t('find.pagesTitle')} data-pages={pages ?? ''}>
        {pages === null ? t('find.pagesPending') : pages === 1 ? t('find.pagesOne') : t('find.pages', { count: pages })}
      </span>
    </div>
  );
}
