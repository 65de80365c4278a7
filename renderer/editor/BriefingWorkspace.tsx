import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { useTranslation } from 'react-i18next';

import { BriefingFileBar } from '../briefing/BriefingFileBar';
import { RecoveryDialog } from '../briefing/RecoveryDialog';
import { useAutosave, useWindowStatus } from '../briefing/use-briefing-effects';
import { useBriefingSession } from '../briefing/use-briefing-session';
import { useExportActions } from '../briefing/use-export-actions';
import { useCommands } from '../ui/useCommands';
import { useEditorUi } from './context/EditorUiContext';
import { CommentsPanel } from './plugins/Comments/CommentsPanel';
import { FootnoteArea } from './plugins/Footnotes/FootnoteArea';
import { ListIndentPlugin } from './plugins/ListIndent/ListIndentPlugin';
import { NoteNumberingPlugin } from './plugins/NoteNumbering/NoteNumberingPlugin';
import { PassageDropPlugin } from './plugins/PassageDrop/PassageDropPlugin';
import { PropertiesPanel } from './plugins/Properties/PropertiesPanel';
import { ToolbarPlugin } from './plugins/Toolbar/ToolbarPlugin';
import { TrimDialog } from './plugins/Trim/TrimDialog';
import { NoticeBar } from './ui/NoticeBar';
import { useNoteAndCommentForms } from './use-note-and-comment-forms';

/** Everything in the briefing pane: file bar, properties, toolbar, text, notes and comments. */
export function BriefingWorkspace() {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const ui = useEditorUi();
  const session = useBriefingSession(editor, ui);
  const actions = useExportActions(session, ui);
  const forms = useNoteAndCommentForms(editor, ui);
  useWindowStatus(session);
  useAutosave(session);
  useCommands({
    'briefing-new': session.newBriefing,
    'briefing-open': () => void session.open(),
    'briefing-save': () => void session.save(),
    'briefing-save-as': () => void session.save(true),
    'check-quotes': () => void actions.checkQuotes(),
    'export-docx': () => void actions.exportDocx(),
    'export-pdf': () => void actions.exportPdf(),
    print: () => void actions.print(),
  });

  return (
    <div className="editor-shell">
      <BriefingFileBar session={session} />
      <RecoveryDialog session={session} />
      <NoticeBar />
      <PropertiesPanel
        properties={session.properties}
        citationStyle={session.citationStyle}
        onProperties={session.setProperties}
        onCitationStyle={session.setCitationStyle}
      />
      {/* The toolbar and an open note/comment form stay in view while the briefing scrolls. */}
      <div className="ed-sticky">
        <ToolbarPlugin
          onFootnote={forms.openFootnote}
          onComment={forms.openComment}
          onCheckQuotes={() => void actions.checkQuotes()}
          onExportDocx={() => void actions.exportDocx()}
          onExportPdf={() => void actions.exportPdf()}
          onPrint={() => void actions.print()}
        />
        {forms.form}
      </div>
      <TrimDialog />
      <div className="editor-body">
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
      </div>
      <FootnoteArea />
      <CommentsPanel annotations={session.annotations} onDelete={forms.deleteComment} />
      <HistoryPlugin />
      <ListPlugin />
      <ListIndentPlugin />
      <NoteNumberingPlugin />
      <PassageDropPlugin />
    </div>
  );
}
