import { useTranslation } from 'react-i18next';
import { Group, Panel, Separator, useDefaultLayout } from 'react-resizable-panels';

import { BriefingPane } from './briefing/BriefingPane';
import { BriefingEditorRegistry } from './editor/context/BriefingEditorRegistry';
import { LibraryPane } from './library/LibraryPane';
import { PreviewFileDialog } from './preview/PreviewFileDialog';
import { ReaderPane } from './reader/ReaderPane';
import { useCorpus } from './state/useCorpus';
import { useReaderHistory } from './state/useReaderHistory';
import { isBrowserPreview } from './ui/browser-preview';
import { focusPane, usePaneCycle } from './ui/pane-cycle';
import { useReadyMark } from './ui/ready-mark';

/**
 * The window: library, reader and briefing side by side in the main landmark; pane sizes are
 * remembered. F6/Shift+F6 move between the panes; a skip link leads to the briefing. Once all
 * of it is mounted, with its command handlers, the document is marked ready (useReadyMark).
 */
export function App() {
  const { t } = useTranslation();
  const { state, progress, error, version, lettersRead } = useCorpus();
  // The reader's letter and position (the block of an opened search hit), with Back and Forward.
  const navigation = useReaderHistory();
  const { target, open } = navigation;
  const selected = target?.file ?? null;
  const layout = useDefaultLayout({ id: 'dossier-panes', storage: localStorage });
  usePaneCycle();
  useReadyMark();

  return (
    <BriefingEditorRegistry>
      <div className="app">
        <a
          className="skip-link"
          href="#briefing"
          onClick={(event) => {
            event.preventDefault();
            focusPane(2);
          }}
        >
          {t('common.skipToBriefing')}
        </a>
        {error && (
          <div role="alert" className="app-error">
            {error}
          </div>
        )}
        {isBrowserPreview() && <PreviewFileDialog />}
        <main className="panes-main">
          <h1 className="visually-hidden">{t('common.appName')}</h1>
          <Group orientation="horizontal" className="panes" defaultLayout={layout.defaultLayout} onLayoutChanged={layout.onLayoutChanged}>
            <Panel id="library" defaultSize="22%" minSize="12%">
              <section className="pane pane-library" tabIndex={-1} aria-label={t('common.library')}>
                <LibraryPane
                  corpus={state}
                  progress={progress}
                  lettersRead={lettersRead}
                  selected={selected}
                  onSelect={open}
                  onOpenHit={(hit) => open(hit.file, hit.block)}
                />
              </section>
            </Panel>
            <Separator className="pane-separator" aria-label={t('common.resizePanes')} />
            <Panel id="reader" defaultSize="40%" minSize="20%">
              <section className="pane pane-reader" tabIndex={-1} aria-label={t('common.reader')}>
                <ReaderPane target={target} corpus={state} corpusVersion={version} onOpenLetter={open} history={navigation} />
              </section>
            </Panel>
            <Separator className="pane-separator" aria-label={t('common.resizePanes')} />
            <Panel id="briefing" defaultSize="38%" minSize="20%">
              <section id="briefing" className="pane pane-briefing" tabIndex={-1} aria-label={t('common.briefing')}>
                <BriefingPane />
              </section>
            </Panel>
          </Group>
        </main>
      </div>
    </BriefingEditorRegistry>
  );
}
