import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { useTranslation } from 'react-i18next';

import { theme } from './theme/theme';

/** The briefing: a Lexical rich-text editor. */
export function BriefingEditor() {
  const { t } = useTranslation();
  const initialConfig = {
    namespace: 'dossier-briefing',
    theme,
    nodes: [HeadingNode, QuoteNode],
    onError: (error: Error) => {
      throw error;
    },
  };
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="editor-shell">
        <RichTextPlugin
          contentEditable={
            <ContentEditable
              className="editor-input"
              aria-label={t('editor.label')}
              aria-placeholder={t('editor.placeholder')}
              placeholder={<div className="editor-placeholder">{t('editor.placeholder')}</div>}
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
      </div>
    </LexicalComposer>
  );
}
