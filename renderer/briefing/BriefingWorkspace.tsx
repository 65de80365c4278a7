import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Briefing } from '../../app/briefing/model';
import { useEditorUi } from '../editor/context/EditorUiContext';
import { CommentForm } from '../editor/plugins/Comments/CommentForm';
import { CommentsPanel } from '../editor/plugins/Comments/CommentsPanel';
import { CommentsPlugin } from '../editor/plugins/Comments/CommentsPlugin';
import { FindReplaceBar } from '../editor/plugins/FindReplace/FindReplaceBar';
import { FootnoteArea } from '../editor/plugins/Footnotes/FootnoteArea';
import { FootnoteForm } from '../editor/plugins/Footnotes/FootnoteForm';
import { FootnotesPlugin } from '../editor/plugins/Footnotes/FootnotesPlugin';
import { FormatsPlugin } from '../editor/plugins/Formats/FormatsPlugin';
import { StrayHistoryKeysPlugin } from '../editor/plugins/History/StrayHistoryKeysPlugin';
import { LinkForm } from '../editor/plugins/Link/LinkForm';
import { LinkPlugin } from '../editor/plugins/Link/LinkPlugin';
import { openLink } from '../editor/plugins/Link/open-link';
import { ListIndentPlugin } from '../editor/plugins/ListIndent/ListIndentPlugin';
import { NoteNumberingPlugin } from '../editor/plugins/NoteNumbering/NoteNumberingPlugin';
import { PassagesPlugin } from '../editor/plugins/Passages/PassagesPlugin';
import { PastePlugin } from '../editor/plugins/Paste/PastePlugin';
import { PropertiesPanel } from '../editor/plugins/Properties/PropertiesPanel';
import { BriefingRichTextPlugin } from '../editor/plugins/RichText/BriefingRichTextPlugin';
import { TablesPlugin } from '../editor/plugins/Tables/TablesPlugin';
import { ToolbarPlugin } from '../editor/plugins/Toolbar/ToolbarPlugin';
import { TrimDialog } from '../editor/plugins/Trim/TrimDialog';
import { TrimPlugin } from '../editor/plugins/Trim/TrimPlugin';
import { NoticeBar } from '../editor/ui/NoticeBar';
import { SourceCompletion } from '../sources/SourceCompletion';
import { SourcesDialog } from '../sources/SourcesDialog';
import { useCommands } from '../ui/useCommands';
import { BriefingFileBar } from './BriefingFileBar';
import { BriefingStatusBar } from './BriefingStatusBar';
import { NewBriefingDialog } from './NewBriefingDialog';
import { RecoveryDialog } from './RecoveryDialog';
import { useAutosave, useWindowStatus } from './use-briefing-effects';
import { useBriefingSession } from './use-briefing-session';
import { useExportActions } from './use-export-actions';

/** Everything in the briefing pane: file bar, properties, toolbar, text, notes and comments. */
export function BriefingWorkspace() {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const ui = useEditorUi();
  const session = useBriefingSession(editor, ui);
  const actions = useExportActions(session, ui);
  const [reported, setReported] = useState<Briefing | null>(null);
  const showSources = () => setReported(session.current());
  const [choosingTemplate, setChoosingTemplate] = useState(false);
  const chooseTemplate = () => setChoosingTemplate(true);
  useWindowStatus(session);
  useAutosave(editor, session, ui);
  useCommands({
    'briefing-new': chooseTemplate,
    'briefing-open': () => void session.open(),
    'briefing-save': () => void session.save(),
    'briefing-save-as': () => void session.save(true),
    'check-quotes': () => void actions.checkQuotes(),
    'sources-report': showSources,
    'export-docx': () => void actions.exportDocx(),
    'export-pdf': () => void actions.exportPdf(),
    'export-odt': () => void actions.exportOdt(),
    print: () => void actions.print(),
  });

  return (
    <div className="editor-shell">
      <BriefingFileBar session={session} onNew={chooseTemplate} />
      <NewBriefingDialog
        open={choosingTemplate}
        onClose={() => setChoosingTemplate(false)}
        onCreate={(briefing) => {
          setChoosingTemplate(false);
          session.newFrom(briefing);
        }}
      />
      <RecoveryDialog session={session} />
      <NoticeBar busy={actions.busy} />
      <PropertiesPanel
        properties={session.properties}
        citationStyle={session.citationStyle}
        onProperties={session.setProperties}
        onCitationStyle={session.setCitationStyle}
      />
      {/* The toolbar and an open note/comment form stay in view while the briefing scrolls. */}
      <div className="ed-sticky">
        <ToolbarPlugin
          onCheckQuotes={() => void actions.checkQuotes()}
          onSourcesReport={showSources}
          onExportDocx={() => void actions.exportDocx()}
          onExportPdf={() => void actions.exportPdf()}
          onExportOdt={() => void actions.exportOdt()}
          exporting={actions.exporting}
          onPrint={() => void actions.print()}
        />
        <FootnoteForm />
        <CommentForm />
        <LinkForm openLink={openLink} />
        <FindReplaceBar />
      </div>
      <TrimDialog />
      <SourcesDialog briefing={reported} onClose={() => setReported(null)} />
      <SourceCompletion />
      <div className="editor-body">
        <BriefingRichTextPlugin
          contentEditable={
            <ContentEditable
              className="editor-input"
              aria-label={t('editor.label')}
              aria-placeholder={t('editor.placeholder')}
              placeholder={<div className="editor-placeholder">{t('editor.placeholder')}</div>}
            />
          }
        />
      </div>
      <FootnoteArea />
      <CommentsPanel annotations={session.annotations} fallbackAuthor={session.properties.author} />
      <BriefingStatusBar editor={editor} />
      <HistoryPlugin />
      <StrayHistoryKeysPlugin />
      <ListPlugin />
      <TablesPlugin />
      <FormatsPlugin />
      <LinkPlugin openLink={openLink} />
      <PastePlugin />
      <ListIndentPlugin />
      <FootnotesPlugin />
      <CommentsPlugin />
      <NoteNumberingPlugin />
      <PassagesPlugin />
      <TrimPlugin />
    </div>
  );
}
